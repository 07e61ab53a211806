/** OCR of scanned pages behind a small interface; Tesseract (Debian package) as a subprocess. */
package org.gazette.ocr;
