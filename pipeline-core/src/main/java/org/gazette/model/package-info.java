/** Immutable values passed between the pipeline's stages and written as the output contract. */
package org.gazette.model;
