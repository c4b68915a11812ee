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

  /**
   * A UTF-8 article with a few damaged bytes was read as windows-1256 and stored as mojibake
   * ("ظ„ظ…ط§ط°ط§"). It is refused instead, saying where it breaks; the bytes are kept by the
   * ingest.
   */
  @Test
  void utf8WithAFewBadBytesIsRefusedNotReadAsWindows1256() {
    String text = (ARABIC + "\n").repeat(20);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    bytes[10] = (byte) 0xFF; // inside the first letter's two bytes: byte 9 starts a broken one
    bytes[200] = (byte) 0xC3;
    bytes[201] = (byte) 0x28;
    UndecodableTextException e =
        assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(bytes));
    assertTrue(e.getMessage().contains("invalid UTF-8"), e.getMessage());
    assertTrue(e.getMessage().contains("at byte 9"), e.getMessage());
  }

  @Test
  void windows1256WithOccasionalUtf8LookalikesIsStillWindows1256() {
    // Arabic comma after a letter can look like a UTF-8 pair in windows-1256; still mostly legacy.
    String text = ("زار الوزير باكو، ثم عاد إلى تل أبيب، وقال إن الزيارة ناجحة.\n").repeat(10);
    DecodedText d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1256")));
    assertEquals("windows-1256", d.encoding());
    assertEquals(text, d.text());
  }
}
