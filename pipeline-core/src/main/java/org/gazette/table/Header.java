package org.gazette.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;
import org.gazette.text.TablePatterns;

/**
 * A table's header line as a linearising extraction leaves it: the column names side by side,
 * short, without sentence punctuation, most of them words that name columns ({@code 序号 牵头单位 责任人 工 作
 * 任 务}).
 */
final class Header {
  private static final Pattern SENTENCE = Pattern.compile(".*[。，；！？：:、,;].*");
  private static final Pattern SERIAL_NAME = Pattern.compile("序号|编号|序列|排序");
  private static final int MAX_CELL = 12;
  static final int MAX_COLUMNS = 16;

  private Header() {}

  /** The column names of {@code line} when it is a header line, else null. */
  static List<String> parse(String line) {
    String s = line.strip();
    if (s.length() > 100 || SENTENCE.matcher(s).matches()) {
      return null;
    }
    List<String> cells = Tokens.of(s);
    if (cells.size() < 3 || cells.size() > MAX_COLUMNS) {
      return null;
    }
    int named = 0;
    boolean serial = false;
    for (String c : cells) {
      if (Cjk.width(c) > MAX_CELL || Cjk.hanCount(c) == 0) {
        return null;
      }
      if (TablePatterns.TABLE_HEADER_WORD.matcher(c).find()) {
        named++;
      }
      serial |= SERIAL_NAME.matcher(c).matches();
    }
    boolean header = serial ? named >= 2 : named >= 2 && named * 2 >= cells.size();
    return header ? cells : null;
  }

  /**
   * The column names of a header printed one a line from line {@code i} ({@code 序号} / {@code 指标} /
   * {@code 预期值} / {@code 属性}), or null: a 序号 line, then short single names, ended by the first
   * row's serial number 1.
   */
  static List<String> column(List<SourceLine> lines, int i) {
    if (!SERIAL_NAME.matcher(lines.get(i).text().strip()).matches()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    int named = 0;
    for (int j = i; j < lines.size() && names.size() <= MAX_COLUMNS; j++) {
      String t = Cjk.collapseSpaces(lines.get(j).text());
      if (t.equals("1")) {
        return names.size() >= 3 && named >= 2 ? names : null;
      }
      if (Cjk.width(t) > MAX_CELL || Cjk.hanCount(t) == 0 || SENTENCE.matcher(t).matches()) {
        return null;
      }
      names.add(t);
      named += TablePatterns.TABLE_HEADER_WORD.matcher(t).find() ? 1 : 0;
    }
    return null;
  }

  /**
   * {@code header} fitted to rows of {@code width} cells when a header line is wider: a name that
   * recurs once for every cell too many is the wrapped second line of the names before each of its
   * occurrences ({@code 省级确认 补助金额(万元） 区级确认 补助金额(万元）} → {@code 省级确认补助金额(万元）}, …); else unchanged.
   */
  static List<String> fit(List<String> header, int width) {
    int extra = header.size() - width;
    if (width < 2 || extra < 1) {
      return header;
    }
    for (String name : header) {
      List<Integer> at = new ArrayList<>();
      for (int i = 1; i < header.size(); i++) {
        if (header.get(i).equals(name)) {
          at.add(i);
        }
      }
      if (at.size() == extra && extra >= 2 && !header.get(0).equals(name)) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
          if (at.contains(i)) {
            out.set(out.size() - 1, out.get(out.size() - 1) + name);
          } else {
            out.add(header.get(i));
          }
        }
        return out;
      }
    }
    return header;
  }

  /** The column that numbers the rows (序号), or -1. */
  static int serialColumn(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      if (SERIAL_NAME.matcher(header.get(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where serial number {@code next} stands among {@code cells}: at most {@code serial} cells left
   * of it, each short; -1 when the line does not open a row.
   */
  static int serialAt(List<String> cells, int serial, int next) {
    String want = Integer.toString(next);
    for (int i = 0; i <= serial && i < cells.size(); i++) {
      if (cells.get(i).equals(want)) {
        return i;
      }
      if (Cjk.width(cells.get(i)) > 8) {
        return -1;
      }
    }
    return -1;
  }
}
