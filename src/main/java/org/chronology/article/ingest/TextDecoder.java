package org.chronology.article.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.chronology.article.RejectionReason;

/**
 * Decodes article bytes: UTF-8 expected; a byte-order mark selects UTF-8/UTF-16; legacy Arabic
 * Windows-1256 is recognised when the bytes are not mostly valid UTF-8 and the result is mostly
 * Arabic letters. A UTF-8 file with a few bad bytes is rejected (never guessed as windows-1256).
 * Anything else is rejected with a reason instead of being stored as mojibake.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  private TextDecoder() {}

  /** Decodes or throws {@link UndecodableTextException} saying why. */
  public static DecodedText decode(byte[] bytes) {
    if (bytes.length == 0) {
      throw new UndecodableTextException(RejectionReason.empty());
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    String text;
    try {
      text = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      text = null;
    }
    if (text != null) {
      rejectBinary(text);
      return new DecodedText(text, "UTF-8");
    }
    Utf8Scan scan = Utf8Scan.of(bytes);
    if (scan.mostlyUtf8()) {
      // A UTF-8 file with a few broken bytes: windows-1256 would "decode" it into mojibake that
      // looks like Arabic letters. Refuse it (kept byte for byte) and say where it breaks.
      throw new UndecodableTextException(
          RejectionReason.invalidUtf8(scan.invalid(), scan.firstInvalid()));
    }
    try {
      String legacy = decodeStrict(bytes, 0, WINDOWS_1256);
      if (arabicLetterShare(legacy) >= 0.5) {
        rejectBinary(legacy);
        return new DecodedText(legacy, "windows-1256");
      }
    } catch (CharacterCodingException ignored) {
      // fall through to the rejection below
    }
    throw new UndecodableTextException(RejectionReason.encoding());
  }

  private static String strict(byte[] bytes, int offset, Charset cs) {
    try {
      String s = decodeStrict(bytes, offset, cs);
      rejectBinary(s);
      return s;
    } catch (CharacterCodingException e) {
      RejectionReason bom = RejectionReason.bom();
      throw new UndecodableTextException(bom, bom.english(cs.name()));
    }
  }

  private static String decodeStrict(byte[] bytes, int offset, Charset cs)
      throws CharacterCodingException {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
  }

  /** NUL and other C0 controls (besides tab and line breaks) mean this is not a text file. */
  private static void rejectBinary(String s) {
    int controls = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        controls++;
      }
    }
    if (controls > 0 && controls * 100 >= s.length()) {
      throw new UndecodableTextException(RejectionReason.binary(controls));
    }
    if (s.chars().anyMatch(c -> c == 0)) {
      throw new UndecodableTextException(RejectionReason.binaryNul());
    }
    if (s.isBlank()) {
      throw new UndecodableTextException(RejectionReason.blank());
    }
  }

  private static double arabicLetterShare(String s) {
    int letters = 0;
    int arabic = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c >= '\u0600' && c <= '\u06FF') {
          arabic++;
        }
      }
    }
    return letters == 0 ? 0 : (double) arabic / letters;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** How much of a byte sequence reads as UTF-8: well-formed multi-byte sequences vs bad bytes. */
  record Utf8Scan(int multiByte, int invalid, int firstInvalid) {

    /**
     * More well-formed multi-byte sequences than bad bytes: UTF-8 with damage, not a legacy code.
     */
    boolean mostlyUtf8() {
      return multiByte > 0 && multiByte >= invalid * 4;
    }

    static Utf8Scan of(byte[] b) {
      int multi = 0;
      int bad = 0;
      int first = -1;
      int i = 0;
      while (i < b.length) {
        int c = b[i] & 0xFF;
        int n =
            c < 0x80
                ? 0
                : c >= 0xC2 && c <= 0xDF
                    ? 1
                    : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        boolean ok = n >= 0 && i + n < b.length;
        for (int k = 1; ok && k <= n; k++) {
          ok = (b[i + k] & 0xC0) == 0x80;
        }
        if (ok) {
          if (n > 0) {
            multi++;
          }
          i += n + 1;
        } else {
          bad++;
          if (first < 0) {
            first = i;
          }
          i++;
        }
      }
      return new Utf8Scan(multi, bad, first);
    }
  }
}
