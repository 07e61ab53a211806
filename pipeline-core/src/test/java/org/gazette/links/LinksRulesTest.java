package org.gazette.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Appointment;
import org.gazette.model.Citation;
import org.gazette.model.OrgList;
import org.gazette.model.SourceLine;
import org.junit.jupiter.api.Test;

/** The rules of the links stage, one at a time, on made-up text of the general forms. */
class LinksRulesTest {
  private static LinedText text(String... lines) {
    List<SourceLine> l = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      l.add(new SourceLine(10 + i, lines[i]));
    }
    return LinedText.of(l);
  }

  @Test
  void linedTextDropsBreaksAndSpacesButKeepsLatinWordsApartAndEachCharactersLine() {
    LinedText t = text("依据《GB/T 9704 党政", "机关公文格式》执行");
    assertEquals("依据《GB/T 9704党政机关公文格式》执行", t.text());
    assertEquals(10, t.line(0));
    assertEquals(11, t.line(t.text().indexOf('机')));
  }

  @Test
  void aTitleWithItsNumberInBracketsIsOneCitation() {
    List<Citation> c = Citations.find(text("根据《某省人民政府关于推进某项工作的意见》（某政发〔2022〕27 号）要求"));
    assertEquals(1, c.size(), c.toString());
    assertEquals("某省人民政府关于推进某项工作的意见", c.get(0).title());
    assertEquals("某政发〔2022〕27号", c.get(0).docNumber());
    assertEquals("某政发", c.get(0).issuerCode());
    assertEquals(2022, c.get(0).year());
    assertEquals(27, c.get(0).serial());
  }

  @Test
  void aBareNumberLosesTheWordsBeforeItsIssuerAbbreviation() {
    List<Citation> c = Citations.find(text("按照某政办发[2021]3号和国发〔2020〕14号文件精神"));
    assertEquals(2, c.size(), c.toString());
    assertEquals("某政办发〔2021〕3号", c.get(0).docNumber());
    assertEquals("国发〔2020〕14号", c.get(1).docNumber());
    assertNull(c.get(0).title());
  }

  @Test
  void decreeNumbersInBothOrders() {
    List<Citation> c = Citations.find(text("依照国务院令第588号和《某规定》（某部第69号令）"));
    assertEquals(2, c.size(), c.toString());
    assertEquals("国务院令第588号", c.get(0).docNumber());
    assertEquals("国务院令", c.get(0).issuerCode());
    assertNull(c.get(0).year());
    assertEquals("某规定", c.get(1).title());
    assertEquals("某部第69号令", c.get(1).docNumber());
  }

  @Test
  void aNumberRightBeforeItsTitleJoinsIt() {
    List<Citation> c = Citations.find(text("根据某政办发〔2021〕21号文件《某市行动计划》要求"));
    assertEquals(1, c.size(), c.toString());
    assertEquals("某市行动计划", c.get(0).title());
    assertEquals("某政办发〔2021〕21号", c.get(0).docNumber());
  }

  @Test
  void periodicalsFormsSelfReferencesAndShortNamesAreNoCitations() {
    List<Citation> c =
        Citations.find(
            text("在《人民日报》刊登；填写《建房申请表》并出示《居民身份证》；本《通知》自发布之日起施行；", "《中华人民共和国某某法》（以下简称《某某法》）"));
    assertEquals(1, c.size(), c.toString());
    assertEquals("中华人民共和国某某法", c.get(0).title());
    assertEquals(11, c.get(0).line());
  }

  @Test
  void nestedQuotesStayInTheTitleAndAnUnclosedOneIsNoTitle() {
    List<Citation> c = Citations.find(text("转发《关于印发〈某某办法〉的通知》，《未完"));
    assertEquals(1, c.size(), c.toString());
    assertEquals("关于印发〈某某办法〉的通知", c.get(0).title());
  }

  @Test
  void masksBlankTheDocumentsOwnTitleButNotAQuotedMention() {
    LinedText t = text("某局关于印发《某某细则》的通知 现将《某某细则》印发给你们");
    List<LinedText.Mask> masks =
        List.of(new LinedText.Mask("某局关于印发《某某细则》的通知", false), new LinedText.Mask("某某细则", false));
    List<Citation> c = Citations.find(t.masked(masks));
    assertEquals(1, c.size(), c.toString());
    assertEquals("《某某细则》", c.get(0).text());
  }

  @Test
  void unitListsSplitAtSeparatorsAndStopAtTheNextLabelOrTheClose() {
    List<OrgList> l = OrgLists.find(text("推进某项工作。（牵头单位：县发改局；配合单位：县财政局、各乡（镇）人民政府和县直有关单位等）"));
    assertEquals(2, l.size(), l.toString());
    assertEquals("牵头单位", l.get(0).label());
    assertEquals(List.of("县发改局"), l.get(0).units());
    assertEquals(List.of("县财政局", "各乡（镇）人民政府", "县直有关单位"), l.get(1).units());
    List<OrgList> m = OrgLists.find(text("责任部门：县林业局，完成时限：2023年12月底"));
    assertEquals(List.of("县林业局"), m.get(0).units());
  }

  @Test
  void aUnitListThatIsASentenceIsNotSplit() {
    assertTrue(OrgLists.find(text("（责任单位：第一项由县发改局负责）")).isEmpty());
  }

  @Test
  void verbFirstStatementsForSeveralPersonsAndPosts() {
    List<Appointment> a = new Appointments(false).read(text("任命张三、李四为某县教育局副局长；免去王五的某县审计局局长职务。"));
    assertEquals(3, a.size(), a.toString());
    assertEquals("张三", a.get(0).person());
    assertEquals("任命", a.get(0).action());
    assertEquals("副局长", a.get(0).position());
    assertEquals("某县教育局", a.get(0).organisation());
    assertEquals("李四", a.get(1).person());
    assertEquals("免去", a.get(2).action());
    assertEquals("局长", a.get(2).position());
  }

  @Test
  void personFirstStatementsWithQualifiersAndQiForThePersonBefore() {
    List<Appointment> a =
        new Appointments(true).read(text("经研究决定：任贵同志任中共某县委员会委员、副书记（试用期一年），免去其某县农业局党组书记、局长职务；"));
    assertEquals(4, a.size(), a.toString());
    assertEquals("任贵", a.get(0).person());
    assertEquals("中共某县委员会", a.get(1).organisation());
    assertEquals("试用期一年", a.get(1).qualifier());
    assertNull(a.get(0).qualifier());
    assertEquals("任贵", a.get(2).person());
    assertEquals("免去", a.get(2).action());
    assertEquals("某县农业局党组", a.get(3).organisation());
  }

  @Test
  void headingVerbsCarryToTheLinesUnderThemAndNamesArePaddedOut() {
    Appointments reader = new Appointments(true);
    List<Appointment> a = new ArrayList<>();
    a.addAll(reader.read(text("经县政府常务会议研究决定，任命：")));
    a.addAll(reader.read(text("乔 木同志为县人民政府办公室副主任；")));
    a.addAll(reader.read(text("免去：")));
    a.addAll(reader.read(text("段某某同志县社区服务中心主任职务。")));
    assertEquals(2, a.size(), a.toString());
    assertEquals("乔木", a.get(0).person());
    assertEquals("任命", a.get(0).action());
    assertEquals("免去", a.get(1).action());
    assertEquals("段某某", a.get(1).person());
    assertEquals("县社区服务中心", a.get(1).organisation());
  }

  @Test
  void clausesOfOneSentenceShareItsVerbAndUnit() {
    List<Appointment> a = new Appointments(false).read(text("兹特任命陈某为某部代理军长，张某为副军长，刘某为政治部主任。"));
    assertEquals(3, a.size(), a.toString());
    assertEquals("代理军长", a.get(0).position());
    assertEquals("某部", a.get(1).organisation());
    assertEquals("任命", a.get(1).action());
    assertEquals("政治部主任", a.get(2).position());
  }

  @Test
  void ordinaryTextIsNoAppointment() {
    assertTrue(new Appointments(false).read(text("严格任命程序，张三任组长负责协调。")).isEmpty());
  }

  @Test
  void effectiveDatesAreKept() {
    List<Appointment> a = new Appointments(false).read(text("聘任王某为某公司副总经理，自2024年1月1日起。"));
    assertEquals(1, a.size(), a.toString());
    assertEquals("聘任", a.get(0).action());
  }

  @Test
  void aNumberWithABracketedOfficeOrPrintedRightAfterTheTitle() {
    List<Citation> c =
        Citations.find(text("根据《关于确定试点的通知》（农（经综）函〔2023〕64号）和《关于某工程的批复》某审管批〔2022〕90号"));
    assertEquals(2, c.size(), c.toString());
    assertEquals("农(经综)函〔2023〕64号", c.get(0).docNumber());
    assertEquals("关于某工程的批复", c.get(1).title());
    assertEquals("某审管批〔2022〕90号", c.get(1).docNumber());
  }

  @Test
  void formsCompilationsAndListsAreToldApart() {
    List<Citation> c = Citations.find(text("填写《合同审签单》，印发《权责清单》和《政策宣传资料》、《文件汇编》"));
    assertEquals(1, c.size(), c.toString());
    assertEquals("权责清单", c.get(0).title());
  }

  @Test
  void aLabelWithIncludes() {
    List<OrgList> l = OrgLists.find(text("成员单位包括：县委宣传部、县应急管理局及事发单位。"));
    assertEquals(List.of("县委宣传部", "县应急管理局", "事发单位"), l.get(0).units());
  }

  @Test
  void recognisedNamesAreKeptOnlyWhereTheRulesOfThumbConfirmThem() {
    assertTrue(Names.person("王某某", "", "同志任"));
    assertTrue(Names.person("李某", "县长", "，"));
    assertTrue(!Names.person("力行", "", "、"), "no common surname");
    assertTrue(!Names.person("文旅", "发展", "、康养"), "no name context");
    assertTrue(Names.unit("县财政局", "、"));
    assertTrue(!Names.unit("已经县人民政府", "。"));
    assertTrue(!Names.unit("张三同志为县人民医院", "，"));
    assertTrue(Names.place("某某县"));
    assertTrue(!Names.place("向县"));
    assertTrue(!Names.place("2.1县"));
  }

  @Test
  void entitiesComeFromTheElementsTheRecordsAndTheRecognizer() {
    org.gazette.nlp.Recognizer fake =
        t -> {
          List<org.gazette.nlp.Recognizer.Mention> m = new ArrayList<>();
          int i = t.indexOf("赵某某");
          if (i >= 0) {
            m.add(
                new org.gazette.nlp.Recognizer.Mention(
                    org.gazette.nlp.Recognizer.Kind.PERSON, "赵某某", i));
          }
          int j = t.indexOf("某某省");
          if (j >= 0) {
            m.add(
                new org.gazette.nlp.Recognizer.Mention(
                    org.gazette.nlp.Recognizer.Kind.PLACE, "某某省", j));
          }
          return m;
        };
    EntityFinder f = new EntityFinder(fake);
    org.gazette.model.Document d =
        new org.gazette.model.Document(
            "doc-001",
            null,
            "某县人民政府关于某事的通知",
            null,
            null,
            "某县人民政府",
            "各乡（镇）人民政府，县直各单位",
            "某县人民政府",
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            new org.gazette.model.Span(1, 20),
            List.of(),
            null,
            null,
            null);
    f.rules(d, OrgLists.find(text("（牵头单位：县财政局）")), List.of());
    f.recognize(text("副县长赵某某同志到某某省调研，县财政局参加。"));
    org.gazette.model.Entities e = f.entities();
    assertEquals(
        List.of("各乡（镇）人民政府", "县直各单位", "某县人民政府", "县财政局"),
        e.organisations().stream().map(org.gazette.model.Entity::name).toList());
    assertEquals(List.of("recipients"), e.organisations().get(0).via());
    assertEquals(List.of("issuer", "signer"), e.organisations().get(2).via());
    assertEquals("赵某某", e.persons().get(0).name());
    assertEquals(List.of(10), e.persons().get(0).lines());
    assertEquals("某某省", e.places().get(0).name());
  }

  private static org.gazette.model.Document doc(
      String title, String number, String date, int listed) {
    List<org.gazette.model.Attachment> att = new ArrayList<>();
    for (int i = 1; i <= listed; i++) {
      att.add(new org.gazette.model.Attachment(String.valueOf(i), "附件" + i, null, 5 + i));
    }
    org.gazette.model.DocNumber n =
        number == null ? null : org.gazette.text.DocNumbers.whole(number);
    org.gazette.model.Node printed =
        new org.gazette.model.Node(
            org.gazette.model.Node.Kind.ATTACHMENT,
            "附件1",
            "某表",
            null,
            null,
            null,
            new org.gazette.model.Span(30, 31),
            null);
    return new org.gazette.model.Document(
        "doc-001",
        null,
        title,
        n == null ? null : n.normalized(),
        n,
        null,
        null,
        null,
        date,
        null,
        null,
        att,
        null,
        null,
        null,
        null,
        null,
        new org.gazette.model.Span(1, 40),
        List.of(printed),
        null,
        null,
        null);
  }

  @Test
  void checksCompareTheNumbersYearTheTitlesKindAndTheAttachments() {
    List<String> codes =
        Checks.of(doc("某县人民政府关于某事的安排", "某政发〔2022〕3号", "2023-01-05", 2)).stream()
            .map(org.gazette.model.Diagnostic::code)
            .toList();
    assertEquals(
        List.of("docnumber-year-mismatch", "title-kind-unknown", "attachment-count-mismatch"),
        codes);
    assertTrue(Checks.of(doc("某县人民政府关于某事的通知（试行）", "某政发〔2023〕3号", "2023-01-05", 1)).isEmpty());
    assertTrue(Checks.of(doc("某某管理条例", "某省人民政府令第3号", "2023-01-05", 0)).isEmpty());
    // a 字号 whose brackets were set right says what was read; spaces alone say nothing
    List<org.gazette.model.Diagnostic> set =
        Checks.of(doc("某县人民政府关于某事的通知", "市房金委字〔2022]2号", "2022-07-04", 0));
    assertEquals(List.of("docnumber-normalised"), set.stream().map(d -> d.code()).toList());
    assertTrue(set.get(0).message().contains("〔2022]"), set.get(0).message());
    assertTrue(Checks.of(doc("某县人民政府关于某事的通知", "某政发〔2022〕 2 号", "2022-07-04", 0)).isEmpty());
  }

  @Test
  void aSubjectBeforeTheVerbATitleAfterTheNameAndThePassive() {
    List<Appointment> a =
        new Appointments(false).read(text("中国政府日前任命王某某大使为首任某事务特使。李某某已被免去某部部长助理职务。"));
    assertEquals(2, a.size(), a.toString());
    assertEquals("王某某", a.get(0).person());
    assertEquals("特使", a.get(0).position());
    assertEquals("李某某", a.get(1).person());
    assertEquals("免去", a.get(1).action());
    assertEquals("部长助理", a.get(1).position());
    assertEquals("某部", a.get(1).organisation());
  }

  @Test
  void aNameEndingInWeiAndAQuestionAboutAppointingAreReadRight() {
    List<Appointment> a = new Appointments(true).read(text("欧阳志为同志任某县某局副局长；中方任命某问题特使，目的是推动解决。"));
    assertEquals(1, a.size(), a.toString());
    assertEquals("欧阳志为", a.get(0).person());
  }

  @Test
  void aSexOrNationalityInBracketsAfterTheNameIsNotPartOfIt() {
    List<Appointment> a =
        new Appointments(true).read(text("任命李某某（女）为某部副部长；任命张某（女，满族）为某局局长；免去王某（回族）的某部副部长职务。"));
    assertEquals(3, a.size(), a.toString());
    assertEquals(List.of("李某某", "张某", "王某"), a.stream().map(Appointment::person).toList());
    assertEquals("某部", a.get(0).organisation());
    assertEquals("免去", a.get(2).action());
  }

  @Test
  void theUnitEndsAtItsLastUnitWordOrBeforeAResidentPost() {
    assertEquals(5, Posts.unitEnd("中国外交部阿富汗事务"));
    assertEquals(2, Posts.unitEnd("中国驻东盟"));
    assertEquals(9, Posts.unitEnd("某县经济发展局党组"));
    assertEquals(0, Posts.unitEnd("某某第四军"));
    List<Posts.Post> p = Posts.parse("中国外交部阿富汗事务特使", null);
    assertEquals("中国外交部", p.get(0).organisation());
    assertEquals("阿富汗事务特使", p.get(0).position());
  }

  @Test
  void aPostIsFoundAtTheEndOfAnItemOfAnyLength() {
    assertEquals("副局长", Posts.post("某县经济发展局副局长"));
    assertEquals("常务副县长", Posts.post("某某".repeat(50_000) + "常务副县长"));
    assertEquals(null, Posts.post("任命张三为".repeat(50_000)));
  }
}
