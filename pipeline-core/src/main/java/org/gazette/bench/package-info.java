/** Benchmark support: per-stage timing of the pipeline. */
package org.gazette.bench;
