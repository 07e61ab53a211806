package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.model.Document;
import org.junit.jupiter.api.Test;

/** An attachment printed alone, its label beside its title (batch AZ: a scan's first row). */
class AttachmentLabelTest {
  @Test
  void aLabelSetBesideTheTitleIsNoPartOfIt() {
    Document d =
        Txt.first(
            "附件5\t2015年某某区公办小学招生计划、招生地段及条件",
            "辖区\t学校\t拟招生班数\t拟招生服务地段及条件\t备注",
            "市桥\t某某实验小学\t6\t某某街某某居委\t",
            "市桥\t某某中心小学\t6\t某某路以西以南\t");
    assertEquals("2015年某某区公办小学招生计划、招生地段及条件", d.title());
  }
}
