/**
 * Archive-scale conversion: parallel workers, a resumable manifest, per-file isolation, flat
 * exports.
 */
package org.gazette.batch;
