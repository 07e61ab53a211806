/**
 * PDF input: text with positions from PDFBox, page geometry, furniture by position and repetition.
 */
package org.gazette.pdf;
