package org.gazette.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gazette.model.PipelineException;
import org.gazette.model.RawText;
import org.gazette.model.SourceLine;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a TXT gazette: UTF-8 (with or without BOM), UTF-16 (BOM or detected from zero bytes) and
 * the GB family. Any GB-family guess is decoded as GB18030, a superset of GBK and GB2312 that also
 * holds characters like ² and ₀ that occur in gazettes.
 */
public final class TextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Share of control characters above which the bytes are taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.02;

  /** Decodes {@code bytes} into lines. */
  public RawText decode(byte[] bytes) throws PipelineException {
    if (bytes.length == 0) {
      throw new PipelineException.EmptyDocument("empty file: no text to convert");
    }
    Decoded d = detectAndDecode(bytes);
    String text = d.text();
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (controlShare(text) > MAX_CONTROL_SHARE) {
      throw new PipelineException.UnreadableInput(
          "not a text file: "
              + Math.round(controlShare(text) * 100)
              + "% control characters (binary data or an unsupported encoding)",
          null);
    }
    if (text.isBlank()) {
      throw new PipelineException.EmptyDocument("file holds only whitespace: no text to convert");
    }
    return new RawText(splitLines(text), d.charset());
  }

  private record Decoded(String text, String charset) {}

  private Decoded detectAndDecode(byte[] b) throws PipelineException {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(strict(b, 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    Charset utf16 = utf16WithoutBom(b);
    if (utf16 != null) {
      return new Decoded(strict(b, 0, utf16), utf16.name());
    }
    try {
      return new Decoded(strict(b, 0, StandardCharsets.UTF_8), "UTF-8");
    } catch (PipelineException notUtf8) {
      Charset best = guess(b);
      String text = lenient(b, best);
      double score = plausibility(text);
      for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
        String t = lenient(b, cs);
        double sc = plausibility(t);
        if (b.length % 2 == 0 && sc > score) {
          best = cs;
          text = t;
          score = sc;
        }
      }
      return new Decoded(text, best.name());
    }
  }

  /** UTF-16 without a BOM: ASCII-range text shows a zero byte in every other position. */
  private static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += b[i] == 0 ? 1 : 0;
      oddZero += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static Charset guess(byte[] b) {
    UniversalDetector detector = new UniversalDetector(null);
    detector.handleData(b, 0, Math.min(b.length, 1 << 20));
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null
        || name.toUpperCase(java.util.Locale.ROOT).startsWith("GB")
        || name.equalsIgnoreCase("HZ-GB-2312")) {
      return GB18030;
    }
    if (name.equalsIgnoreCase("BIG5") || name.equalsIgnoreCase("EUC-TW")) {
      return Charset.forName("Big5");
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return GB18030;
    }
  }

  private static String strict(byte[] b, int offset, Charset cs) throws PipelineException {
    try {
      return cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, offset, b.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new PipelineException.UnreadableInput("invalid " + cs.name() + " data", e);
    }
  }

  private static String lenient(byte[] b, Charset cs) {
    return new String(b, cs);
  }

  /** Share of characters that Chinese text is made of: Han, CJK punctuation, ASCII, whitespace. */
  private static double plausibility(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    long good =
        text.codePoints()
            .filter(
                cp ->
                    (cp >= 0x20 && cp < 0x7F)
                        || cp == '\n'
                        || cp == '\r'
                        || cp == '\t'
                        || org.gazette.text.Cjk.isWide(cp))
            .count();
    return (double) good / text.codePointCount(0, text.length());
  }

  private static double controlShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    long control =
        text.chars()
            .filter(
                c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0xFFFD)
            .count();
    return (double) control / text.length();
  }

  /**
   * Splits on \n, \r\n and \r; a final line without terminator is kept, a trailing empty one is
   * not.
   */
  static List<SourceLine> splitLines(String text) {
    List<SourceLine> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new SourceLine(lines.size() + 1, text.substring(start, i)));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(new SourceLine(lines.size() + 1, text.substring(start)));
    }
    return lines;
  }
}
