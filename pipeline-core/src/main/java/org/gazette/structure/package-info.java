/** A document's elements (GB/T 9704-2012), its outline, articles and tables. */
package org.gazette.structure;
