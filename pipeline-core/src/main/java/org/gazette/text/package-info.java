/** Chinese text normalisation and the named patterns every stage shares. */
package org.gazette.text;
