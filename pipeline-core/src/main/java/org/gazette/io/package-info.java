/** Writing results: one JSON mapper configuration and atomic file output. */
package org.gazette.io;
