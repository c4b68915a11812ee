package org.chronology.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.article.Article;
import org.chronology.common.NotFound;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.revision.RevisionService;
import org.chronology.time.Precision;

/**
 * A new event made by hand from a sentence of an article (the article editor's "new event"). The
 * whole event is the editor's: re-extraction never changes it.
 */
@ApplicationScoped
public class EventCreationService {

  /** The type codes a new event may have. */
  public static final List<String> TYPES = Codes.types();

  @Inject RevisionService revisions;

  /** Field → message, or the new event's id under key "id". */
  @Transactional
  public Map<String, String> createFromSentence(
      long articleId, String startText, String endText, String type, String title, String user) {
    Map<String, String> errors = new LinkedHashMap<>();
    Article a = Article.findById(articleId);
    if (a == null) {
      throw NotFound.article(articleId);
    }
    int start;
    int end;
    try {
      start = Integer.parseInt(startText.strip());
      end = Integer.parseInt(endText.strip());
    } catch (NumberFormatException | NullPointerException ex) {
      errors.put("start", "rangeNumbers");
      return errors;
    }
    if (start < 0 || end > a.text.length() || start >= end) {
      errors.put("start", "rangeOutside");
      return errors;
    }
    String t = type == null || type.isBlank() ? EventType.OTHER.code() : type.strip();
    if (!TYPES.contains(t)) {
      errors.put("type", "chooseType");
      return errors;
    }
    String sentence = a.text.substring(start, end).strip();
    if (sentence.isEmpty()) {
      errors.put("start", "rangeEmpty");
      return errors;
    }
    Event e = new Event();
    e.type = EventType.fromCode(t);
    e.title =
        title == null || title.isBlank()
            ? (sentence.length() > 120 ? sentence.substring(0, 120) + "…" : sentence)
            : title.strip();
    e.status = EventStatus.HAPPENED;
    e.datePrecision = Precision.UNKNOWN;
    e.confidence = 1;
    e.review = Review.EDITED;
    e.editedFields = EditedFields.ALL.toArray(String[]::new);
    Mention m = new Mention();
    m.event = e;
    m.article = a;
    m.sentenceStart = start;
    m.sentenceEnd = end;
    m.sentence = a.text.substring(start, end);
    e.mentions.add(m);
    SearchText.touch(e);
    e.persist();
    Event.flush();
    revisions.record("event", e.id, "create", user, null, null, EventSnapshots.of(e));
    errors.put("id", e.id.toString());
    return errors;
  }
}
