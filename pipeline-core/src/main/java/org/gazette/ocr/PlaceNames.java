package org.gazette.ocr;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs place names that OCR misread because its model lacks a rare character (Debian's chi_sim
 * has no 稷, so 稷山县 comes out as 稳山县, 称山县, 各山县…). A county-level name that is not in HanLP's
 * dictionary of place names is compared with the dictionary names that differ in one character,
 * choosing the replacement whose glyph looks most like what OCR read; the whole issue votes, so
 * every misreading of one name gets the same repair. The repaired character then also replaces the
 * first character of 字号 abbreviations that OCR read the same way ({@code 稳政发} → {@code 稷政发}).
 *
 * <p>Needs a CJK font to compare glyphs (Debian fonts-wqy-zenhei); without one it changes nothing.
 */
public final class PlaceNames {
  /** {@code 稳山县人民政府} → name {@code 稳山}, level {@code 县}. */
  private static final Pattern PLACE =
      Pattern.compile("(\\p{IsHan}{2})(县|市|区|旗|具)(?=人民政府|政府|委|人大|政协|[直各])");

  private static final Pattern ABBREVIATION =
      Pattern.compile("(\\p{IsHan})(\\p{IsHan}{0,4}(?:发|函|字|办|任))(?=[〔\\[【(（［]?\\d{4})");

  /** A line that is a 字号 and little else: under a title, or a TOC entry's {@code (…号) 12}. */
  private static final Pattern NUMBER_LINE =
      Pattern.compile(
          "^[-(（]?\\p{IsHan}{1,6}[^\\p{IsHan}]{0,2}\\d{4}[^\\p{IsHan}]{0,2}第?\\d{1,5}号[)）]?\\d{0,4}$");

  private static final int GLYPH = 32;
  private static final int CANDIDATES = 1500;
  private static final double MIN_SIMILARITY = 0.3;
  private static final File[] FONTS = {
    new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    new File("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
  };

  private static volatile Glyphs glyphs;

  private PlaceNames() {}

  /** Glyph bitmaps of the CJK ideographs, rendered once. */
  private record Glyphs(char[] chars, BitSet[] bits, int[] ink) {}

  /**
   * {@code lines} with misread place names and their 字号 abbreviations repaired (same order, same
   * count). A repair must bring in a character the OCR model cannot output ({@code modelCharset}):
   * had the model known it, it would have read it. Unchanged when nothing needs repair, when the
   * model's character set is unknown (empty), or when no CJK font is installed.
   */
  public static List<String> repair(List<String> lines, java.util.Set<Character> modelCharset) {
    if (modelCharset.isEmpty()) {
      return lines;
    }
    Map<String, Map<Character, Double>> votes = new LinkedHashMap<>();
    Map<String, String> found = new HashMap<>();
    java.util.Set<String> suspects = new java.util.LinkedHashSet<>();
    Map<Character, Map<Character, Double>> seen = new HashMap<>();
    for (String l : lines) {
      Matcher m = PLACE.matcher(l);
      while (m.find()) {
        // 县 is often read as 具: the level is checked as 县.
        String word = m.group(1) + (m.group(2).equals("具") ? "县" : m.group(2));
        if (known(word)) {
          continue;
        }
        suspects.add(word);
        Glyphs g = glyphs();
        if (g == null) {
          return lines;
        }
        // Which position is wrong is not known: try both, keep what the dictionary accepts.
        for (int pos = 0; pos < 2; pos++) {
          // The same misread name recurs throughout an issue: compare each character's glyph once.
          Map<Character, Double> like = seen.computeIfAbsent(word.charAt(pos), c -> similar(g, c));
          for (Map.Entry<Character, Double> c : like.entrySet()) {
            if (modelCharset.contains(c.getKey())) {
              continue;
            }
            String candidate = word.substring(0, pos) + c.getKey() + word.substring(pos + 1);
            if (known(candidate)) {
              String key = pos + ":" + word.charAt(1 - pos) + m.group(2);
              votes
                  .computeIfAbsent(key, k -> new HashMap<>())
                  .merge(c.getKey(), c.getValue(), Double::sum);
              found.put(word, key);
            }
          }
        }
      }
    }
    Map<Character, Character> fix = new HashMap<>();
    Map<String, String> words = new HashMap<>();
    for (Map.Entry<String, Map<Character, Double>> e : votes.entrySet()) {
      char best =
          e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      String key = e.getKey();
      int pos = key.charAt(0) - '0';
      // Every unknown name of this shape gets the winner: the issue names one place many ways.
      for (String word : suspects) {
        if (word.charAt(1 - pos) == key.charAt(2) && word.substring(2).equals(key.substring(3))) {
          String name = word.substring(0, 2);
          String repaired =
              pos == 0 ? best + name.substring(1) : name.charAt(0) + String.valueOf(best);
          words.put(name, repaired);
          if (pos == 0) {
            fix.put(word.charAt(0), best);
          }
        }
      }
    }
    if (words.isEmpty()) {
      return lines;
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      String r = l;
      for (Map.Entry<String, String> w : words.entrySet()) {
        r = r.replace(w.getKey() + "具", w.getValue() + "县").replace(w.getKey(), w.getValue());
      }
      Matcher a = ABBREVIATION.matcher(r);
      StringBuilder sb = new StringBuilder();
      boolean numberLine = NUMBER_LINE.matcher(org.gazette.text.Cjk.fold(r)).matches();
      while (a.find()) {
        Character to = abbreviationFix(fix, a.group(1).charAt(0));
        if (to == null
            && numberLine
            && new java.util.HashSet<>(fix.values()).size() == 1
            && !fix.containsValue(a.group(1).charAt(0))) {
          // A 字号 line of its own (not a citation): one issuer family, one first character.
          to = fix.values().iterator().next();
        }
        a.appendReplacement(
            sb,
            Matcher.quoteReplacement((to == null ? a.group(1) : String.valueOf(to)) + a.group(2)));
      }
      a.appendTail(sb);
      out.add(sb.toString());
    }
    return out;
  }

  /**
   * The repair of a 字号 abbreviation's first character: the same as for the place name when OCR read
   * it the same way, else the repaired character when it looks like this one ({@code 种政办发} → {@code
   * 稷政办发}: the model cannot output 稷, so every 稷 became something else).
   */
  private static Character abbreviationFix(Map<Character, Character> fix, char c) {
    Character to = fix.get(c);
    if (to != null || fix.isEmpty() || fix.containsValue(c)) {
      return to;
    }
    Map<Character, Double> like = similar(glyphs(), c);
    for (Character d : new java.util.HashSet<>(fix.values())) {
      if (like.containsKey(d)) {
        fix.put(c, d);
        return d;
      }
    }
    return null;
  }

  private static boolean known(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    return a != null && a.hasNatureStartsWith("ns");
  }

  /** The ideographs whose glyphs look most like {@code c}, with their similarity (Dice, 0–1). */
  private static Map<Character, Double> similar(Glyphs g, char c) {
    int i = c - 0x4E00;
    Map<Character, Double> out = new LinkedHashMap<>();
    if (i < 0 || i >= g.chars().length || g.ink()[i] == 0) {
      return out;
    }
    double[] score = new double[g.chars().length];
    Integer[] order = new Integer[score.length];
    for (int k = 0; k < score.length; k++) {
      BitSet both = (BitSet) g.bits()[k].clone();
      both.and(g.bits()[i]);
      score[k] =
          k == i || g.ink()[k] == 0 ? 0 : 2.0 * both.cardinality() / (g.ink()[k] + g.ink()[i]);
      order[k] = k;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(score[y], score[x]));
    for (int k = 0; k < CANDIDATES && score[order[k]] >= MIN_SIMILARITY; k++) {
      out.put(g.chars()[order[k]], score[order[k]]);
    }
    return out;
  }

  private static Glyphs glyphs() {
    if (glyphs == null) {
      synchronized (PlaceNames.class) {
        if (glyphs == null) {
          glyphs = render();
        }
      }
    }
    return glyphs.chars().length == 0 ? null : glyphs;
  }

  private static Glyphs render() {
    Font font = cjkFont();
    if (font == null) {
      return new Glyphs(new char[0], new BitSet[0], new int[0]);
    }
    int n = 0x9FA5 - 0x4E00 + 1;
    char[] chars = new char[n];
    BitSet[] bits = new BitSet[n];
    int[] ink = new int[n];
    BufferedImage img = new BufferedImage(GLYPH, GLYPH, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setFont(font.deriveFont((float) GLYPH - 4));
    int base = g.getFontMetrics().getAscent() - 2;
    for (int k = 0; k < n; k++) {
      chars[k] = (char) (0x4E00 + k);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, GLYPH, GLYPH);
      g.setColor(Color.BLACK);
      g.drawString(String.valueOf(chars[k]), 2, base);
      BitSet b = new BitSet(GLYPH * GLYPH);
      for (int y = 0; y < GLYPH; y++) {
        for (int x = 0; x < GLYPH; x++) {
          if ((img.getRGB(x, y) & 0xFF) < 128) {
            b.set(y * GLYPH + x);
          }
        }
      }
      bits[k] = b;
      ink[k] = b.cardinality();
    }
    g.dispose();
    return new Glyphs(chars, bits, ink);
  }

  private static Font cjkFont() {
    for (File f : FONTS) {
      if (f.canRead()) {
        try {
          return Font.createFonts(f)[0];
        } catch (java.awt.FontFormatException | java.io.IOException e) {
          // try the next one
        }
      }
    }
    for (String name :
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
      Font f = new Font(name, Font.PLAIN, GLYPH);
      if (f.canDisplayUpTo("稷山县人民政府") == -1) {
        return f;
      }
    }
    return null;
  }
}
