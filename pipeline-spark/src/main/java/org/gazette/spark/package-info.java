/**
 * The pipeline as an Apache Spark job: inputs listed on the driver, read and weighed (pages) on the
 * executors, packed into partitions of about equal work, converted by one shared {@link
 * org.gazette.Pipeline} per executor, written as the CLI writes them, with the documents as JSON
 * Lines and Parquet. Depends on pipeline-core; nothing depends on it.
 */
package org.gazette.spark;
