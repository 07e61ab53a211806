package org.gazette.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Recognizer} on HanLP portable 1.8 (dictionaries inside its jar, nothing downloaded):
 * segmentation with person, place and organisation recognition. The 公文 words it would otherwise cut
 * or take for names are added to its dictionary in memory, once (a dictionary file on disk would
 * make it write a cache beside it).
 */
final class HanLpRecognizer implements Recognizer {
  static final HanLpRecognizer INSTANCE = new HanLpRecognizer();

  /** 公文 words that are no names: kept whole, tagged as ordinary nouns. */
  private static final String[] DOMAIN_WORDS = {
    "主送机关", "发文字号", "成文日期", "责任单位", "牵头单位", "配合单位", "责任部门", "牵头部门", "成员单位", "分管领导", "县直各单位",
    "县直各有关单位", "各有关单位", "管委会", "经开区", "开发区", "片区管理局", "试用期", "任免", "免去", "任命", "聘任", "解聘"
  };

  /** Loaded on first use, by the first thread that asks (class-holder idiom). */
  private static final class Holder {
    static final Segment SEGMENT = load();

    private static Segment load() {
      for (String w : DOMAIN_WORDS) {
        CustomDictionary.insert(w, "n 1024");
      }
      return HanLP.newSegment()
          .enableNameRecognize(true)
          .enablePlaceRecognize(true)
          .enableOrganizationRecognize(true)
          .enableOffset(true);
    }
  }

  private HanLpRecognizer() {}

  @Override
  public List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    if (text.isBlank()) {
      return out;
    }
    List<Term> terms = Holder.SEGMENT.seg(text); // a segmenter keeps no state between calls
    for (Term t : terms) {
      String n = t.nature == null ? "" : t.nature.toString();
      Kind kind =
          n.startsWith("nr")
              ? Kind.PERSON
              : n.startsWith("ns") ? Kind.PLACE : n.startsWith("nt") ? Kind.ORGANISATION : null;
      if (kind != null && t.word.length() >= 2) {
        out.add(new Mention(kind, t.word, t.offset));
      }
    }
    return out;
  }
}
