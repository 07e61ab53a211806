package org.gazette.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the positioned characters of one page. It only captures; lines and furniture are built
 * elsewhere ({@link LineBuilder}, {@link PageGeometry}).
 */
final class PositionCollector extends PDFTextStripper {
  private final List<Glyph> glyphs = new ArrayList<>();

  private final Rulings rulings = new Rulings();

  PositionCollector() {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
    rulings.operators(this).forEach(this::addOperator);
  }

  /** The ruling lines of the page last collected. */
  List<Rulings.Line> rulings() {
    return rulings.lines();
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    rulings.page(page);
    super.startPage(page);
  }

  /** The glyphs of 1-based page {@code page}. */
  List<Glyph> collect(PDDocument doc, int page) throws IOException {
    glyphs.clear();
    setStartPage(page);
    setEndPage(page);
    writeText(doc, new StringWriter());
    return List.copyOf(glyphs);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (TextPosition p : positions) {
      String u = p.getUnicode();
      if (u == null || blank(u)) {
        continue;
      }
      glyphs.add(
          new Glyph(
              u,
              p.getXDirAdj(),
              p.getYDirAdj(),
              p.getWidthDirAdj(),
              p.getHeightDir(),
              bold(p.getFont())));
    }
  }

  /** Only spaces, also those {@link String#isBlank} keeps (no-break and figure spaces). */
  private static boolean blank(String u) {
    return u.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }

  private static boolean bold(PDFont font) {
    if (font == null) {
      return false;
    }
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    PDFontDescriptor d = font.getFontDescriptor();
    return name.contains("bold")
        || name.contains("heavy")
        || name.contains("black")
        || (d != null && (d.isForceBold() || d.getFontWeight() >= 600));
  }
}
