package org.chronology.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The articles a folder's ingest stored in this JVM with the header date the detector read from
 * their text then, until their extraction loads them ({@link ArticleLoads}): that load would run
 * the same detector on the same text again and change nothing. While an article's date fields and
 * text are as they were stored, its load skips that second reading (at start-up about a tenth of
 * the merging thread's time: the detector runs its patterns over the article's opening).
 *
 * <p>Bounded: past {@link #MAX} articles waiting, the others are read again at their load as
 * before; an article never loaded (removed meanwhile) keeps its small entry. One per application (a
 * bean, not a static map), so that what one application or test stored never reaches another.
 */
@ApplicationScoped
public class FreshHeaderDates {

  /** Articles remembered at most (a few dozen bytes each). */
  static final int MAX = 16_384;

  private record Stored(
      LocalDate publishedOn, String source, String phrase, int textLength, int textHash) {}

  private final ConcurrentHashMap<Long, Stored> stored = new ConcurrentHashMap<>();

  /**
   * An article just stored whose header date was applied by {@link ArticleService#applyHeaderDate}
   * at its ingest (no sidecar date): its fields as stored.
   */
  public void stored(Article a) {
    if (a.id == null || a.text == null || stored.size() >= MAX) {
      return;
    }
    stored.put(
        a.id,
        new Stored(
            a.publishedOn,
            a.publishedOnSource,
            a.publishedPhrase,
            a.text.length(),
            a.text.hashCode()));
  }

  /**
   * True when the loaded article is as its ingest in this JVM stored it (so reading its header date
   * again changes nothing); forgets it either way.
   */
  boolean unchangedSinceIngest(Article a) {
    Stored s = a.id == null ? null : stored.remove(a.id);
    return s != null
        && a.text != null
        && Objects.equals(s.publishedOn(), a.publishedOn)
        && Objects.equals(s.source(), a.publishedOnSource)
        && Objects.equals(s.phrase(), a.publishedPhrase)
        && s.textLength() == a.text.length()
        && s.textHash() == a.text.hashCode();
  }

  /** How many are remembered (tests). */
  int size() {
    return stored.size();
  }
}
