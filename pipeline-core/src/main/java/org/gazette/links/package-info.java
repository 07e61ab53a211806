/**
 * The records other systems query, read from a parsed document's paragraphs: citations of other
 * documents, 任免 statements, and lists of responsible units. Rules about the 公文 form only; every
 * record keeps the raw line it starts on.
 */
package org.gazette.links;
