package org.gazette.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gazette.Lines;
import org.junit.jupiter.api.Test;

class ReflowerTest {
  private final Reflower reflower = new Reflower();

  @Test
  void aFullLineEndingInACitedNumberGoesOnIntoTheSentence() {
    String text =
        String.join(
            "\n",
            "　　四、购买外市二手房应办出不动产权证满 6 个月方可申请",
            "提取、停止受理物业管理费提取两项政策在《关于调整部分住",
            "房公积金贷款和提取规定的通知》（东公积金委〔2020〕2 号）",
            "于 2023 年 10 月 18 日有效期届满后继续实施。",
            "　　本通知实施之日起，本市此前出台的住房公积金提取政策",
            "规定与本通知不一致的，按本通知执行。",
            "关于调整部分住房公积金贷款和提取规定的通知（东公积金委〔2020〕2 号）",
            "各有关单位：");
    List<Block> blocks = reflower.reflow(Lines.of(text));
    assertEquals(4, blocks.size(), blocks.toString());
    assertTrue(blocks.get(0).text().endsWith("〔2020〕2号）于2023年10月18日有效期届满后继续实施。"));
    // a title carrying its number on a line of its own still ends where it ends
    assertEquals("关于调整部分住房公积金贷款和提取规定的通知（东公积金委〔2020〕2号）", blocks.get(2).text());
  }

  @Test
  void fieldsOfAnExportsFrontMatterAreLinesOfTheirOwnHoweverLong() {
    String text =
        String.join(
            "\n",
            "---",
            "id: \"NDAyODgxZTQ1ZmZiYmU0MTAxNWZmYzBmZGQ3MjA0Nzk%3D\"",
            "title: \"某某法院、某某检察院关于不再追诉某类人员在某时以后当地政权建立以前的犯罪行为的公告\"",
            "office: \"某某法院、某某检察院\"",
            "---");
    List<Block> blocks = reflower.reflow(Lines.of(text));
    assertEquals(5, blocks.size(), blocks.toString());
  }

  @Test
  void joinsLinesWrappedAtAFixedWidthAndStopsAtStructure() {
    StringBuilder sb = new StringBuilder();
    String[] wrapped = {
      "刚刚过去的 2022 年是锐意进取、奋发有为的一",
      "年。一年来，面对复杂严峻的发展态势和胶着反复的",
      "疫情形势，在县委的坚强领导下，在县人大、县政协",
      "的监督支持下，我们坚持以习近平新时代中国特色",
      "社会主义思想为指导，全县经济稳中有进。",
      "一、2022 年工作回顾",
      "这一年，我们把项目作为第一抓手，不断强化发",
      "展新支撑。聚焦 104 个重点项目，落实“五个一”项",
      "目推进机制及县级领导包联机制，分类实行“一周一",
      "调度”和“一周两调度”制度，先后举办 2 批次项目集",
      "中开工仪式。"
    };
    for (String w : wrapped) {
      sb.append(w).append("\n\n");
    }
    List<Block> blocks = reflower.reflow(Lines.of(sb.toString()));
    assertEquals(3, blocks.size(), blocks.toString());
    assertEquals("一、2022年工作回顾", blocks.get(1).text());
    assertEquals(1, blocks.get(0).startLine());
    assertEquals(9, blocks.get(0).endLine());
    assertEquals(
        "这一年，我们把项目作为第一抓手，不断强化发展新支撑。聚焦104个重点项目，落实“五个一”项目推进机制及县级领导包联机制，"
            + "分类实行“一周一调度”和“一周两调度”制度，先后举办2批次项目集中开工仪式。",
        blocks.get(2).text());
  }

  @Test
  void aFullLineOfRunningTextEndingOnADocumentWordIsNoTitle() {
    String[] wrapped = {
      "　　二、自本通知实施之日起至本年年底，养育至少",
      "有一名未成年子女的多子女家庭在本市无自有",
      "产权住房，按规定比例及上限申请租房提取的，规定",
      "比例从百分之七十提高至百分之百，规定上限不变。",
      "　　三、本通知自印发之日起实施。"
    };
    List<Block> blocks = reflower.reflow(Lines.of(String.join("\n", wrapped)));
    assertEquals(2, blocks.size(), blocks.toString());
    assertTrue(blocks.get(0).text().endsWith("规定上限不变。"), blocks.get(0).text());
  }

  @Test
  void paragraphsOnOneLineWithAMidWordBreak() {
    String text =
        "为深入贯彻落实党的二十大精神，推动气象事业高质量发展，更好发挥气象防灾减灾第一道防线作用，使气象工作更上一\n\n"
            + "个台阶。\n\n一、总体要求\n\n稷山县人民政府\n\n2023年7月25日\n\n（此件公开发布）";
    List<Block> blocks = reflower.reflow(Lines.of(text));
    assertEquals(5, blocks.size(), blocks.toString());
    assertEquals(3, blocks.get(0).endLine());
  }

  @Test
  void aBracketLeftOpenOnALineSetApartClosesOnTheNext() {
    List<Block> blocks =
        reflower.reflow(
            Lines.of("二、对多子女居民家庭（包括本市户籍和非本\n户籍居民家庭），可再购买一套住房。\n三、其他事项。"),
            n -> n == 1); // the OCR's geometry took the first line for a line set apart
    assertEquals(2, blocks.size(), blocks.toString());
    assertTrue(blocks.get(0).text().endsWith("可再购买一套住房。"));
  }

  @Test
  void rowsOfAnAlignedListNeverJoinWhateverTheirWidth() {
    List<Block> blocks =
        reflower.reflow(
            Lines.of(
                String.join(
                    "\n",
                    "商业部部长              范子瑜",
                    "卫生部部长              刘湘屏（女）",
                    "体育运动委员会主任      庄则栋",
                    "某某会议主席团一九七五年一月十七日")));
    assertEquals(4, blocks.size(), blocks.toString());
  }

  @Test
  void tinyTailOfAWrappedHeadingJoins() {
    List<Block> blocks = reflower.reflow(Lines.of("一、充分认识发放高龄补贴工作的重要\n\n性\n\n高龄补贴制度的建立。"));
    assertEquals("一、充分认识发放高龄补贴工作的重要性", blocks.get(0).text());
  }

  @Test
  void aBracketOpenAtALineEndRunsOnToItsClose() {
    // a title in 《》 whose line ends like a title (…计划) is still open
    List<Block> a =
        reflower.reflow(Lines.of("为贯彻落实《国务院关于印发全民健身计划\n\n（2021-2025 年）的通知》（国发〔2021〕11 号），结合实际。"));
    assertEquals(1, a.size(), a.toString());
    // a trailer in 〔〕 over three lines, with brackets of its own inside
    List<Block> b =
        reflower.reflow(Lines.of("鼓励企业发展。〔责任单位：\n\n县商务局；配合单位：县住建局、\n\n各乡（镇）人民政府〕\n\n7.加快推进。"));
    assertEquals(2, b.size(), b.toString());
    assertEquals("鼓励企业发展。〔责任单位：县商务局；配合单位：县住建局、各乡（镇）人民政府〕", b.get(0).text());
    // a bracket closed on its own line, or a sentence ending before any close, does not join
    assertEquals(2, reflower.reflow(Lines.of("（此件公开发布）\n\n一、总体要求")).size());
  }

  @Test
  void amongWholeParagraphLinesALabelledLineWithoutACommaIsAHeading() {
    String paragraph = "过去一年，我们坚持稳中求进工作总基调，统筹推进各项工作，经济社会发展取得新成效，人民生活持续改善，各项事业全面进步。";
    String text =
        String.join(
            "\n",
            paragraph,
            paragraph,
            "二、“十四五”时期发展成就和“十五五”时期主要目标任务",
            paragraph,
            paragraph,
            "三、2026年重点工作和目标任务安排部署情况",
            paragraph);
    List<Block> blocks = reflower.reflow(Lines.of(text.replace(paragraph, paragraph + paragraph)));
    assertEquals(7, blocks.size(), blocks.toString());
    assertEquals("二、“十四五”时期发展成就和“十五五”时期主要目标任务", blocks.get(2).text());
  }

  @Test
  void amongWholeParagraphLinesAHeadingWithACommaStandsAboveItsParagraph() {
    String paragraph = "过去一年，我们坚持稳中求进工作总基调，统筹推进各项工作，经济社会发展取得新成效，人民生活持续改善，各项事业全面进步。";
    String text =
        String.join(
            "\n",
            paragraph + paragraph,
            "三、制定和贯彻具体政策，解决与某案有牵连的人的问题",
            paragraph + paragraph,
            "（一）聚焦减损提质，推动粮食生产机械化高质高效发展",
            paragraph + paragraph);
    List<Block> blocks = reflower.reflow(Lines.of(text));
    assertEquals(5, blocks.size(), blocks.toString());
    assertEquals("三、制定和贯彻具体政策，解决与某案有牵连的人的问题", blocks.get(1).text());
    assertEquals("（一）聚焦减损提质，推动粮食生产机械化高质高效发展", blocks.get(3).text());
  }
}
