package org.chronology.text;

import java.util.List;

/**
 * A sentence of an article.
 *
 * @param index position among the article's sentences
 * @param paragraph index of the paragraph (non-furniture line) it belongs to
 * @param start start offset in the original text
 * @param end exclusive end offset in the original text
 * @param firstToken first token (normalised text) of the sentence
 * @param endToken exclusive last token
 * @param headline true for a line without final punctuation (a title or heading)
 * @param clauses the clauses, split at commas and clause-opening words
 */
public record Sentence(
    int index,
    int paragraph,
    int start,
    int end,
    int firstToken,
    int endToken,
    boolean headline,
    List<Clause> clauses) {

  /** The clause holding token {@code t}, or -1. */
  public int clauseOf(int t) {
    for (int i = 0; i < clauses.size(); i++) {
      Clause c = clauses.get(i);
      if (t >= c.firstToken() && t < c.endToken()) {
        return i;
      }
    }
    return -1;
  }
}
