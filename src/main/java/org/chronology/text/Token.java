package org.chronology.text;

/**
 * A word of a normalised text.
 *
 * @param index position in the token list
 * @param start start offset in the normalised text
 * @param end exclusive end offset in the normalised text
 * @param text the normalised word
 */
public record Token(int index, int start, int end, String text) {}
