/**
 * Names in running text (persons, places, organisations) found by a statistical recogniser, behind
 * the project's own interface so that the rest of the pipeline does not depend on the library.
 */
package org.gazette.nlp;
