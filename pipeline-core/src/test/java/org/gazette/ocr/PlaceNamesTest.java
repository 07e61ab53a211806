package org.gazette.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gazette.Tools;
import org.gazette.fixtures.GazettePdfBuilder;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  /** A model that can output every ideograph but 稷 (as Debian's chi_sim). */
  private static Set<Character> withoutJi() {
    Set<Character> s = new HashSet<>();
    for (char c = 0x4E00; c <= 0x9FA5; c++) {
      s.add(c);
    }
    s.remove('稷');
    return s;
  }

  @Test
  void misreadCountyNamesAndTheirAbbreviationsAreRepaired() {
    Tools.need(GazettePdfBuilder.FONT.canRead(), "a CJK font is needed to compare glyphs");
    List<String> ocr =
        List.of(
            "稳山县人民政府",
            "关于推进气象高质量发展的实施意见",
            "稳政发〔2023〕11号",
            "各乡(镇)人民政府，县直各有关单位，稳山经开区管委会:",
            "称山县人民政府办公室",
            "稳政办发[2023]17号",
            "太原市人民政府");
    List<String> fixed = PlaceNames.repair(ocr, withoutJi());
    assertEquals(
        List.of(
            "稷山县人民政府",
            "关于推进气象高质量发展的实施意见",
            "稷政发〔2023〕11号",
            "各乡(镇)人民政府，县直各有关单位，稷山经开区管委会:",
            "稷山县人民政府办公室",
            "稷政办发[2023]17号",
            "太原市人民政府"),
        fixed);
  }

  @Test
  void knownPlacesAndTextWithoutPlacesStayAsTheyAre() {
    List<String> text = List.of("太原市人民政府", "巫山县人民政府", "晋政发〔2023〕5号", "为推动气象事业高质量发展。");
    assertEquals(text, PlaceNames.repair(text, withoutJi()));
    assertEquals(List.of("稳山县人民政府"), PlaceNames.repair(List.of("稳山县人民政府"), Set.of()));
  }
}
