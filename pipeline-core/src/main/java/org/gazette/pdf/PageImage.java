package org.gazette.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The image of a page to OCR. A scanned page is one image filling the page: it is read at its own
 * resolution (a 200-dpi scan is not upscaled to 300 dpi, which costs time and reads nothing more).
 * Any other page is rendered at {@link #RENDER_DPI}.
 *
 * @param image the page image: a scan in its own colours, a page drawn without images in grey
 * @param dpi its resolution: image pixels per inch of the page
 */
record PageImage(BufferedImage image, double dpi) {
  /** Resolution pages without one embedded scan are rendered at. */
  static final float RENDER_DPI = 300f;

  /** Embedded scans below this resolution are rendered instead (too coarse to read as they are). */
  private static final double MIN_NATIVE_DPI = 150;

  /**
   * Embedded scans above this resolution are rendered at {@link #RENDER_DPI} (no gain, more time).
   */
  private static final double MAX_NATIVE_DPI = 400;

  /** How closely the image's shape must match the page's to be taken as the whole page. */
  private static final double SHAPE_TOLERANCE = 0.03;

  private static final float POINTS = 72f;

  /** The image to OCR page {@code index} (0-based) of {@code doc} from. */
  static PageImage of(PDDocument doc, PDFRenderer renderer, int index) throws IOException {
    PDPage page = doc.getPage(index);
    PDImageXObject scan = onlyImage(page.getResources());
    float w = page.getMediaBox().getWidth();
    float h = page.getMediaBox().getHeight();
    if (scan != null && page.getRotation() == 0) {
      double dpi = scan.getWidth() / (w / POINTS);
      double shape = ((double) scan.getWidth() / scan.getHeight()) / (w / h);
      if (Math.abs(shape - 1) <= SHAPE_TOLERANCE
          && dpi >= MIN_NATIVE_DPI
          && dpi <= MAX_NATIVE_DPI) {
        return new PageImage(scan.getImage(), dpi);
      }
    }
    // pale marks are paper only on a page drawn without images: a scan's faint ink is ink, and its
    // colours are kept (the OCR lifts a red seal's ink off the black print under it)
    if (drawnOnly(page.getResources(), 0)) {
      return new PageImage(
          withoutPaleMarks(renderer.renderImageWithDPI(index, RENDER_DPI, ImageType.GRAY)),
          RENDER_DPI);
    }
    return new PageImage(renderer.renderImageWithDPI(index, RENDER_DPI, ImageType.RGB), RENDER_DPI);
  }

  /** Depth of nested forms searched for images. */
  private static final int FORM_DEPTH = 4;

  /** True when {@code resources} (and the forms they use) hold no image. */
  private static boolean drawnOnly(PDResources resources, int depth) throws IOException {
    if (resources == null) {
      return true;
    }
    if (depth > FORM_DEPTH) {
      return false;
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDImageXObject
          || x instanceof PDFormXObject form && !drawnOnly(form.getResources(), depth + 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Grey levels from this one up are paper on a page drawn without images: its watermark (北京市人民政府公报
   * set diagonally in pale grey across the signature) and tints, which the OCR would otherwise read
   * into the text.
   */
  static final int PALE = 232;

  /** {@code image} (grey, as rendered) with every pixel at least {@link #PALE} made white. */
  static BufferedImage withoutPaleMarks(BufferedImage image) {
    byte[] px = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < px.length; i++) {
      if ((px[i] & 0xff) >= PALE) {
        px[i] = (byte) 0xff;
      }
    }
    return image;
  }

  /** The page's one image XObject, or null when it has none or several. */
  private static PDImageXObject onlyImage(PDResources resources) throws IOException {
    if (resources == null) {
      return null;
    }
    PDImageXObject found = null;
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (!(x instanceof PDImageXObject img) || found != null) {
        return null;
      }
      found = img;
    }
    return found;
  }
}
