/** The {@code gazette} command line: a thin picocli layer over {@link org.gazette.Pipeline}. */
package org.gazette.cli;
