/** Reading inputs: bytes to raw lines, with the character set detected rather than assumed. */
package org.gazette.read;
