package org.gazette.segment;

import java.util.List;
import java.util.TreeMap;
import org.gazette.layout.Block;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/** The document heads found so far, by first block: where a new one may go. */
final class Heads {
  private Heads() {}

  /**
   * True when {@code h} shares a block with a head of {@code heads}. The heads of the map never
   * overlap (each is added only after this check), so only its neighbours by first block can.
   */
  static boolean overlaps(TreeMap<Integer, Head> heads, Head h) {
    var below = heads.floorEntry(h.first());
    var above = heads.ceilingEntry(h.first());
    return (below != null && below.getValue().after() > h.first())
        || (above != null && above.getKey() < h.after());
  }

  /** True when block {@code i} belongs to a head of {@code heads} (which never overlap). */
  static boolean inside(TreeMap<Integer, Head> heads, int i) {
    var below = heads.floorEntry(i);
    return below != null && i < below.getValue().after();
  }

  /**
   * True when the document before {@code i} is a 印发 notice whose title names {@code title} ({@code
   * 关于印发《关于加快…的实施意见》的通知} encloses {@code 关于加快…的实施意见}): then the title after its signature is the
   * enclosed document, not a new one.
   */
  static boolean enclosedByPrevious(
      List<Block> blocks, TreeMap<Integer, Head> heads, int i, String title) {
    java.util.Map.Entry<Integer, Head> prev = heads.lowerEntry(i);
    if (prev == null) {
      return false;
    }
    String prevTitle =
        Titles.loose(
            Segmenter.joinFold(blocks, prev.getValue().titleFrom(), prev.getValue().titleTo()));
    String own = Patterns.PREFIX_BEFORE_ABOUT.matcher(Titles.loose(title)).replaceFirst("");
    return Patterns.ENCLOSING.matcher(prevTitle).matches()
        && own.length() >= 6
        && (prevTitle.contains(own) || Titles.nearlyIn(own, prevTitle));
  }
}
