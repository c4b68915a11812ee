package org.chronology.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronology.text.ArabicNormalizer;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;

/**
 * A keyword pass: one event per sentence holding a trigger word, dated by its first date phrase.
 */
public final class FirstPassExtractor implements EventExtractor {

  private static final Map<String, EventType> TRIGGERS =
      Map.of(
          "زيار", EventType.VISIT,
          "التقى", EventType.MEETING,
          "صفق", EventType.DEAL,
          "علاقات دبلوماسي", EventType.DIPLOMATIC,
          "هجوم", EventType.INCIDENT,
          "مناورات", EventType.MILITARY,
          "اتهم", EventType.STATEMENT);

  private final TemporalTagger tagger = TemporalTagger.standard();

  @Override
  public int version() {
    return 1;
  }

  @Override
  public List<ExtractedEvent> extract(ArticleText article) {
    String text = article.text();
    List<TemporalExpression> dates = tagger.tag(text, article.publishedOn());
    List<ExtractedEvent> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || ".؟!\n".indexOf(text.charAt(i)) >= 0) {
        String sentence = text.substring(start, i).strip();
        if (!sentence.isEmpty()) {
          int s = text.indexOf(sentence, start);
          addEvent(article, sentence, s, dates, out);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private void addEvent(
      ArticleText article,
      String sentence,
      int offset,
      List<TemporalExpression> dates,
      List<ExtractedEvent> out) {
    String key = ArabicNormalizer.key(sentence);
    for (Map.Entry<String, EventType> t : TRIGGERS.entrySet()) {
      if (key.contains(t.getKey())) {
        int end = offset + sentence.length();
        DateValue date = DateValue.UNKNOWN;
        Span datePhrase = null;
        for (TemporalExpression d : dates) {
          if (d.startOffset() >= offset && d.endOffset() <= end) {
            date =
                new DateValue(
                    d.start(),
                    d.end(),
                    d.precision(),
                    d.approximate(),
                    d.text(),
                    d.resolvedAgainst());
            datePhrase = new Span(d.startOffset(), d.endOffset());
            break;
          }
        }
        String title = sentence.length() > 90 ? sentence.substring(0, 90) + "…" : sentence;
        out.add(
            new ExtractedEvent(
                article.source(),
                t.getValue(),
                EventStatus.HAPPENED,
                title,
                0.3,
                date,
                List.of(),
                null,
                new Evidence(new Span(offset, end), sentence, null, datePhrase, List.of())));
        return;
      }
    }
  }

  @Override
  public List<EventCluster> merge(List<ExtractedEvent> events) {
    return events.stream()
        .map(
            e ->
                new EventCluster(
                    e.type(),
                    e.status(),
                    e.title(),
                    e.confidence(),
                    e.date(),
                    e.actors(),
                    e.location(),
                    List.of(e)))
        .toList();
  }
}
