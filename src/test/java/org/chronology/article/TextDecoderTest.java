package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.chronology.article.ingest.DecodedText;
import org.chronology.article.ingest.TextDecoder;
import org.chronology.article.ingest.UndecodableTextException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String ARABIC = "زار وزير الدفاع الإسرائيلي باكو اليوم.";

  @Test
  void utf8() {
    DecodedText d = TextDecoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8));
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void utf8WithByteOrderMark() {
    byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(ARABIC, TextDecoder.decode(bytes).text());
  }

  @Test
  void utf16WithByteOrderMark() {
    DecodedText d = TextDecoder.decode(("\uFEFF" + ARABIC).getBytes(StandardCharsets.UTF_16LE));
    assertEquals(ARABIC, d.text());
    assertEquals("UTF-16LE", d.encoding());
  }

  @Test
  void legacyArabicWindows1256() {
    DecodedText d = TextDecoder.decode(ARABIC.getBytes(Charset.forName("windows-1256")));
    assertEquals(ARABIC, d.text());
    assertEquals("windows-1256", d.encoding());
  }

  @Test
  void rejectsEmptyAndBinary() {
    assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(new byte[0]));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0, 0, 0, 0};
    UndecodableTextException e =
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(png));
    assertTrue(e.getMessage().length() > 5, "the reason is said");
  }
}
