/**
 * Tables in text: tab-separated rows, and tables that a PDF-to-text extraction linearised (a header
 * line of column names, then each row's cells one after another, long cells wrapped over lines).
 * Works on raw lines only; the structure stage turns what it finds into table blocks.
 */
package org.gazette.table;
