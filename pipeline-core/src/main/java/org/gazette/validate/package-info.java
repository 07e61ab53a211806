/** JSON Schema (2020-12) validation of every record before it is written. */
package org.gazette.validate;
