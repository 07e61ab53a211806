/** The layout: metadata, front and back matter, and its division into documents. */
package org.gazette.segment;
