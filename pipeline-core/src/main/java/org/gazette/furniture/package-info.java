/** Page furniture: running headers and footers, page numbers and repeated banners. */
package org.gazette.furniture;
