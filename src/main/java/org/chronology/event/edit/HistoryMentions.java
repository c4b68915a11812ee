package org.chronology.event.edit;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.db.Hql;
import org.chronology.revision.RevisionService.Change;
import org.chronology.revision.RevisionService.Entry;

/**
 * An event's evidence in its history as a reader knows it: the snapshots keep each sentence as a
 * code ("#301 51@0": the mention's id, its article's id and the sentence's offset), which the
 * history showed as it is. Each becomes an {@link Evidence} (the quoted sentence, the article's
 * title or file name) that still compares as its code, so the diff marks only what changed. A
 * sentence no longer stored (re-extraction replaced it) is read from its article's text at its
 * offset; an article that is gone is said so by the template.
 */
final class HistoryMentions {

  /** "#mention article@offset", as {@code EventSnapshots} writes it. */
  private static final Pattern CODE = Pattern.compile("^#(\\d+) (\\d+)@(\\d+)$");

  /** Where a sentence read from the article's text at its offset ends, at the latest. */
  private static final int LONGEST = 400;

  /** A full stop, an exclamation or question mark (Latin or Arabic, U+061F), a line's end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\x{061F}\\n]");

  /**
   * One sentence of the evidence. {@code sentence} is null when neither the mention nor its article
   * is stored any longer; {@code article} is the article's title, else its file name, else null.
   */
  record Evidence(String code, long articleId, String sentence, String article) {
    @Override
    public String toString() {
      return code; // what the diff compares
    }
  }

  private HistoryMentions() {}

  static List<Entry> readable(List<Entry> entries) {
    Set<Long> mentionIds = new LinkedHashSet<>();
    Set<Long> articleIds = new LinkedHashSet<>();
    for (Entry e : entries) {
      for (Change c : e.changes()) {
        if (c.field().equals("mentions")) {
          collect(c.beforeValue(), mentionIds, articleIds);
          collect(c.afterValue(), mentionIds, articleIds);
        }
      }
    }
    if (articleIds.isEmpty()) {
      return entries;
    }
    Map<Long, String> sentences = new HashMap<>();
    if (!mentionIds.isEmpty()) {
      for (Object[] r :
          Hql.query(
                  Panache.getEntityManager(),
                  "select m.id, m.sentence from Mention m where m.id in :ids",
                  Object[].class)
              .setParameter("ids", mentionIds)
              .getResultList()) {
        if (r[1] instanceof String s && !s.isBlank()) {
          sentences.put(((Number) r[0]).longValue(), s.strip());
        }
      }
    }
    Map<Long, Object[]> articles = new HashMap<>();
    for (Object[] r :
        Hql.query(
                Panache.getEntityManager(),
                "select a.id, a.title, a.source from Article a where a.id in :ids",
                Object[].class)
            .setParameter("ids", articleIds)
            .getResultList()) {
      articles.put(((Number) r[0]).longValue(), r);
    }
    List<Entry> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      List<Change> changes = new ArrayList<>(e.changes().size());
      for (Change c : e.changes()) {
        changes.add(
            c.field().equals("mentions")
                ? new Change(
                    c.field(),
                    c.before(),
                    c.after(),
                    evidence(c.beforeValue(), sentences, articles),
                    evidence(c.afterValue(), sentences, articles))
                : c);
      }
      out.add(new Entry(e.revision(), changes, e.number()));
    }
    return out;
  }

  private static void collect(Object value, Set<Long> mentionIds, Set<Long> articleIds) {
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        Matcher m = CODE.matcher(String.valueOf(item));
        if (m.matches()) {
          mentionIds.add(Long.parseLong(m.group(1)));
          articleIds.add(Long.parseLong(m.group(2)));
        }
      }
    }
  }

  private static Object evidence(
      Object value, Map<Long, String> sentences, Map<Long, Object[]> articles) {
    if (!(value instanceof Collection<?> items)) {
      return value;
    }
    List<Object> out = new ArrayList<>(items.size());
    for (Object item : items) {
      String code = String.valueOf(item);
      Matcher m = CODE.matcher(code);
      if (!m.matches()) {
        out.add(item);
        continue;
      }
      long articleId = Long.parseLong(m.group(2));
      Object[] a = articles.get(articleId);
      String sentence = sentences.get(Long.parseLong(m.group(1)));
      if (sentence == null && a != null) {
        sentence = at(articleId, Integer.parseInt(m.group(3)));
      }
      String name = null;
      if (a != null) {
        name = a[1] instanceof String t && !t.isBlank() ? t.strip() : (String) a[2];
      }
      out.add(new Evidence(code, articleId, sentence, name));
    }
    return out;
  }

  /**
   * The sentence that starts at {@code offset} of an article's text, up to its end mark: only a few
   * hundred characters are read, never the whole text.
   */
  private static String at(long articleId, int offset) {
    List<String> found =
        Hql.query(
                Panache.getEntityManager(),
                "select substring(a.text, :from, :length) from Article a where a.id = :id",
                String.class)
            .setParameter("from", offset + 1)
            .setParameter("length", LONGEST)
            .setParameter("id", articleId)
            .getResultList();
    String text = found.isEmpty() ? null : found.get(0);
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher end = SENTENCE_END.matcher(text);
    String s = text.substring(0, end.find() ? end.end() : text.length()).strip();
    return s.isEmpty() ? null : s;
  }
}
