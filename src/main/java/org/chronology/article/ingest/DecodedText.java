package org.chronology.article.ingest;

/** An article's bytes decoded to text, with the character set used. */
public record DecodedText(String text, String encoding) {}
