/**
 * An archive's documents as a graph: documents that cite documents, persons appointed to posts in
 * units, units named as responsible. Built from converted outputs, written as node and edge files
 * that DuckDB and a graph database's CSV import read as they are.
 */
package org.gazette.graph;
