/** The table of contents (目录): entries, section banners and printed pages. */
package org.gazette.toc;
