package org.gazette.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.Txt;
import org.gazette.model.Document;
import org.junit.jupiter.api.Test;

/** A 字号 printed above its title (版头 style) heads the document whatever ornament follows it. */
class NumberAboveTitleTest {
  @Test
  void theStarInTheRedRuleUnderTheNumberIsNoBreak() {
    for (String star : new String[] {"★", "　　★", "——★——", "◆◆◆"}) {
      Document d =
          Txt.first(
              "某某市住房公积金管理委员会文件",
              "　　市房金委字〔2022〕2号",
              star,
              "某某市住房公积金管理委员会",
              "关于调整住房公积金贷款相关政策的通知",
              "各县（市、区）人民政府，市直各部门：",
              "　　现将有关政策调整如下：",
              "　　一、降低首付款比例",
              "",
              "某某市住房公积金管理委员会",
              "2022年7月4日");
      assertEquals("市房金委字〔2022〕2号", d.docNumber(), star);
      assertEquals("某某市住房公积金管理委员会关于调整住房公积金贷款相关政策的通知", d.title(), star);
      assertEquals("各县（市、区）人民政府，市直各部门", d.recipients(), star);
    }
  }
}
