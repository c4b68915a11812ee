package org.chronology.article.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.chronology.article.Article;
import org.chronology.common.NotFound;
import org.chronology.revision.RevisionService;

/** Editors fill in what an article's text lacks: publication date, outlet, title. */
@ApplicationScoped
public class ArticleEditService {

  @Inject RevisionService revisions;
  @Inject Validator validator;

  /** The free-text fields as typed; the messages are codes of the bundle ({@code ed:err}). */
  record Texts(
      @Size(max = 200, message = "outletTooLong") String outlet,
      @Size(max = 500, message = "titleTooLong500") String title) {}

  /** What a save did: field errors, a conflict, or whether the publication date changed. */
  public record Outcome(Map<String, String> errors, boolean conflict, boolean dateChanged) {}

  /** An editor's save of the article form: the typed values as they came, and who saved. */
  public record MetadataEdit(
      long id,
      long version,
      String publishedOn,
      String outlet,
      String title,
      String reason,
      String user) {}

  @Transactional
  public Outcome update(MetadataEdit edit) {
    Article a = Article.findById(edit.id());
    if (a == null) {
      throw NotFound.article(edit.id());
    }
    if (a.version != edit.version()) {
      return new Outcome(Map.of(), true, false);
    }
    Map<String, String> errors = new LinkedHashMap<>();
    LocalDate date = null;
    if (edit.publishedOn() != null && !edit.publishedOn().isBlank()) {
      try {
        date = LocalDate.parse(edit.publishedOn().strip());
        if (date.isAfter(LocalDate.now().plusDays(1)) || date.getYear() < 1800) {
          errors.put("publishedOn", "publishedOutOfRange");
        }
      } catch (DateTimeParseException e) {
        errors.put("publishedOn", "badDate");
      }
    }
    for (ConstraintViolation<Texts> v :
        validator.validate(new Texts(edit.outlet(), edit.title()))) {
      errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
    }
    if (!errors.isEmpty()) {
      return new Outcome(errors, false, false);
    }
    Map<String, Object> before = snapshot(a);
    boolean dateChanged = !Objects.equals(date, a.publishedOn);
    if (dateChanged) {
      a.publishedOn = date;
      a.publishedOnSource = date == null ? null : "editor";
      a.publishedPhrase = null;
    }
    a.outlet = blankToNull(edit.outlet());
    a.title = blankToNull(edit.title());
    Map<String, Object> after = snapshot(a);
    if (!RevisionService.diff(before, after).isEmpty()) {
      revisions.record("article", edit.id(), "edit", edit.user(), edit.reason(), before, after);
    }
    return new Outcome(Map.of(), false, dateChanged);
  }

  static Map<String, Object> snapshot(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("publishedOn", a.publishedOn == null ? null : a.publishedOn.toString());
    m.put("publishedOnSource", a.publishedOnSource);
    m.put("outlet", a.outlet);
    m.put("title", a.title);
    return m;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
