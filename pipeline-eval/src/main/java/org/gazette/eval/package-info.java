/** Scoring an output against a hand-made gold annotation (the format of shared/gold/SCHEMA.md). */
package org.gazette.eval;
