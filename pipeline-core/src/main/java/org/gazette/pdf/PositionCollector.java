package org.gazette.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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

  /** What the last page placed outside its visible area. */
  private final StringBuilder offPage = new StringBuilder();

  private PDRectangle visible;

  private int rotation;

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
    visible = page.getCropBox();
    rotation = page.getRotation();
    rulings.page(page);
    super.startPage(page);
  }

  /** The glyphs of 1-based page {@code page}. */
  List<Glyph> collect(PDDocument doc, int page) throws IOException {
    glyphs.clear();
    offPage.setLength(0);
    setStartPage(page);
    setEndPage(page);
    writeText(doc, new StringWriter());
    return List.copyOf(glyphs);
  }

  /**
   * The page's characters as collected, in runs along a baseline, without the stripper's own
   * sorting and line and word layout: {@link LineBuilder} builds the lines.
   */
  @Override
  protected void writePage() {
    for (List<TextPosition> article : getCharactersByArticle()) {
      int from = 0;
      for (int i = 1; i <= article.size(); i++) {
        if (i == article.size() || !sameRun(article.get(i - 1), article.get(i))) {
          writeString("", article.subList(from, i));
          from = i;
        }
      }
    }
  }

  /** {@code b} goes on along {@code a}'s baseline, to its right. */
  private static boolean sameRun(TextPosition a, TextPosition b) {
    return Math.abs(a.getYDirAdj() - b.getYDirAdj()) < RUN_BASELINE * Math.max(a.getHeightDir(), 1)
        && b.getXDirAdj() >= a.getXDirAdj();
  }

  /** Baselines this close (share of the glyph height) are one run's. */
  private static final double RUN_BASELINE = 0.3;

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    if (!positions.isEmpty() && positions.stream().allMatch(this::outside)) {
      // placed wholly beyond the page's edge: never printed, not read (a run that starts on the
      // page and runs over its edge is kept whole)
      positions.forEach(p -> offPage.append(p.getUnicode() == null ? "" : p.getUnicode()));
      return;
    }
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

  /** The characters the last page collected placed outside its visible area, or "". */
  String offPage() {
    return offPage.toString();
  }

  private boolean outside(TextPosition p) {
    if (visible == null) {
      return false;
    }
    // positions as displayed: a page turned by a quarter shows its box's sides swapped
    boolean turned = rotation % 180 != 0;
    float w = turned ? visible.getHeight() : visible.getWidth();
    float h = turned ? visible.getWidth() : visible.getHeight();
    return p.getX() >= w
        || p.getX() + p.getWidth() <= 0
        || p.getY() <= 0
        || p.getY() - p.getHeight() >= h;
  }

  /** Only spaces, also those {@link String#isBlank} keeps (no-break and figure spaces). */
  private static boolean blank(String u) {
    return u.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }

  /** Whether each font met on the document's pages is bold. */
  private final java.util.Map<PDFont, Boolean> boldFonts = new java.util.IdentityHashMap<>();

  private boolean bold(PDFont font) {
    return font != null && boldFonts.computeIfAbsent(font, PositionCollector::boldFont);
  }

  private static boolean boldFont(PDFont font) {
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    PDFontDescriptor d = font.getFontDescriptor();
    return name.contains("bold")
        || name.contains("heavy")
        || name.contains("black")
        || (d != null && (d.isForceBold() || d.getFontWeight() >= 600));
  }
}
