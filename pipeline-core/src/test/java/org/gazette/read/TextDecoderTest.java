package org.gazette.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.gazette.Samples;
import org.gazette.model.PipelineException;
import org.gazette.model.RawText;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();
  private static final String TEXT = "稷山县人民政府\n\n关于印发稷山县营商环境创新提升行动实施方案的通知\r\n稷政发〔2023〕1 号";

  @Test
  void utf8WithAndWithoutBom() throws Exception {
    RawText plain = decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
    byte[] bom = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    RawText withBom = decoder.decode(bom);
    assertEquals("UTF-8", plain.encoding());
    assertEquals(plain.lines(), withBom.lines());
    assertEquals(4, plain.size());
    assertEquals("稷政发〔2023〕1 号", plain.line(4).text());
  }

  @Test
  void gbkCopyOfASampleDecodesToTheSameLines() throws Exception {
    byte[] utf8 = Files.readAllBytes(Samples.all().get(1));
    String text = new String(utf8, StandardCharsets.UTF_8);
    byte[] gb = text.getBytes(Charset.forName("GB18030"));
    RawText a = decoder.decode(utf8);
    RawText b = decoder.decode(gb);
    assertEquals("GB18030", b.encoding());
    assertEquals(a.lines(), b.lines());
  }

  @Test
  void utf16BothOrdersWithAndWithoutBom() throws Exception {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      RawText r = decoder.decode(TEXT.getBytes(cs));
      assertEquals(cs.name(), r.encoding());
      assertEquals("稷山县人民政府", r.line(1).text());
    }
    RawText bom = decoder.decode(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE));
    assertEquals("稷山县人民政府", bom.line(1).text());
  }

  @Test
  void keepsRawLineNumbersAndALastLineWithoutNewline() throws Exception {
    RawText r = decoder.decode("a\r\nb\rc\n\nd".getBytes(StandardCharsets.UTF_8));
    assertEquals(5, r.size());
    assertEquals("d", r.line(5).text());
    assertEquals(5, r.line(5).number());
  }

  @Test
  void emptyAndBlankFilesAreClearErrors() {
    PipelineException e =
        assertThrows(PipelineException.EmptyDocument.class, () -> decoder.decode(new byte[0]));
    assertTrue(e.getMessage().contains("empty"));
    assertThrows(
        PipelineException.EmptyDocument.class,
        () -> decoder.decode(" \n\n\t".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void binaryGarbageIsRejected() {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    PipelineException e =
        assertThrows(PipelineException.UnreadableInput.class, () -> decoder.decode(junk));
    assertTrue(e.getMessage().contains("not a text file"), e.getMessage());
  }
}
