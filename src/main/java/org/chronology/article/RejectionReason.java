package org.chronology.article;

import java.util.List;

/**
 * Why a file was refused at ingest, as a code and its numbers: the decoder and the size check hand
 * it over, {@code ingest_rejection} stores it in columns of its own (V22) and the pages say it in
 * the interface language from the code ({@code adm:rejectReason}), so rewording the English
 * sentence kept for logs and old rows can never change what a page shows.
 *
 * @param code one of {@link #CODES}
 * @param a the first number of the reason (control characters, bad bytes, size), or null
 * @param b the second (the first bad byte, the limit), or null
 * @param c the third (the bytes kept of a file far over the limit), or null
 */
public record RejectionReason(String code, Long a, Long b, Long c) {

  /** Every code; V22's check constraint lists the same. */
  public static final List<String> CODES =
      List.of(
          "empty", "encoding", "invalidUtf8", "bom", "binary", "binaryNul", "blank", "tooLarge");

  public RejectionReason {
    if (!CODES.contains(code)) {
      throw new IllegalArgumentException("unknown rejection code " + code);
    }
  }

  public static RejectionReason empty() {
    return new RejectionReason("empty", null, null, null);
  }

  public static RejectionReason encoding() {
    return new RejectionReason("encoding", null, null, null);
  }

  public static RejectionReason invalidUtf8(long badBytes, long firstAt) {
    return new RejectionReason("invalidUtf8", badBytes, firstAt, null);
  }

  /** The byte-order mark names a charset the bytes are not in (kept in the English text only). */
  public static RejectionReason bom() {
    return new RejectionReason("bom", null, null, null);
  }

  public static RejectionReason binary(long controls) {
    return new RejectionReason("binary", controls, null, null);
  }

  public static RejectionReason binaryNul() {
    return new RejectionReason("binaryNul", null, null, null);
  }

  public static RejectionReason blank() {
    return new RejectionReason("blank", null, null, null);
  }

  /** Over the limit; {@code kept} is the bytes kept of a file far over it, else null. */
  public static RejectionReason tooLarge(long size, long limit, Long kept) {
    return new RejectionReason("tooLarge", size, limit, kept);
  }

  /** A file far over the limit: only its first {@link #c} bytes were kept. */
  public boolean kept() {
    return c != null;
  }

  /** The first number (what the reason counts), 0 when there is none. */
  public long count() {
    return a == null ? 0 : a;
  }

  /** The numbers in order, for the stored array. */
  public Long[] numbers() {
    return java.util.stream.Stream.of(a, b, c)
        .filter(java.util.Objects::nonNull)
        .toArray(Long[]::new);
  }

  /**
   * The reason from its stored code and numbers; null for a row without a code (V23 gave one to
   * every row from before V22 whose sentence it knows).
   */
  public static RejectionReason stored(String code, Long a, Long b, Long c) {
    return code == null ? null : new RejectionReason(code, a, b, c);
  }

  /**
   * The plain English sentence stored beside the code and written to the log (the same text the
   * rows before V22 hold, but that these said "N bad byte(s)" and "N control characters" whatever
   * N, where it now counts in words as the pages do). {@code charset} is the byte-order mark's, for
   * {@code bom} only.
   */
  public String english(String charset) {
    return switch (code) {
      case "empty" -> "empty file";
      case "encoding" -> "not valid UTF-8, and not recognisable as Arabic windows-1256 text";
      case "invalidUtf8" ->
          "invalid UTF-8: "
              + a
              + (a == 1 ? " bad byte" : " bad bytes")
              + ", the first at byte "
              + b
              + " (the rest is valid UTF-8, so it is not read as windows-1256)";
      case "bom" -> "byte-order mark says " + charset + " but the bytes are not";
      case "binary" -> "binary content (" + a + " control character" + (a == 1 ? ")" : "s)");
      case "binaryNul" -> "binary content (NUL characters)";
      case "blank" -> "no text (only whitespace)";
      default ->
          "the article is "
              + a
              + " bytes, larger than the limit of "
              + b
              + " bytes (chronology.article.max-bytes)"
              + (c != null ? "; its first " + c + " bytes are kept" : "");
    };
  }

  public String english() {
    return english("another charset");
  }
}
