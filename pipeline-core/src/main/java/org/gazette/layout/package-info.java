/** Reflow: wrapped lines joined into blocks (paragraphs) that remember their raw lines. */
package org.gazette.layout;
