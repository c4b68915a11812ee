package org.chronology.event.edit;

import io.quarkus.qute.TemplateExtension;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.chronology.revision.RevisionService.Change;
import org.chronology.web.Labels;
import org.chronology.web.Ui;

/**
 * A revision's changes as a person reads them: codes as labels in the interface language, actor
 * lists as names with roles, and in a list only the items that changed marked. Field names are
 * labelled by the template ({@code msg:field}).
 */
@TemplateExtension
public final class HistoryView {

  /**
   * One value, or one item of a list; {@code changed} marks the items absent on the other side. A
   * sentence of the evidence comes as {@code evidence} (quoted with its article by the template).
   */
  public record Part(String text, String dir, boolean changed, HistoryMentions.Evidence evidence) {
    Part(String text, String dir, boolean changed) {
      this(text, dir, changed, null);
    }
  }

  private HistoryView() {}

  /** The value before the change. */
  public static List<Part> beforeParts(Change c) {
    return parts(c.field(), c.beforeValue(), c.afterValue());
  }

  /** The value after the change. */
  public static List<Part> afterParts(Change c) {
    return parts(c.field(), c.afterValue(), c.beforeValue());
  }

  private static List<Part> parts(String field, Object value, Object other) {
    List<Part> out = new ArrayList<>();
    // A single value that changed is marked whole; in a list only the items the other side lacks
    // (an event's one sentence, kept when another was merged in, is not struck out).
    if (value == null) {
      out.add(new Part("—", "auto", true));
      return out;
    }
    if (value instanceof Collection<?> items) {
      List<String> others = new ArrayList<>();
      if (other instanceof Collection<?> o) {
        for (Object x : o) {
          others.add(String.valueOf(x));
        }
      }
      for (Object item : items) {
        String raw = String.valueOf(item);
        if (item instanceof HistoryMentions.Evidence ev) {
          out.add(new Part(ev.sentence(), "rtl", !others.contains(raw), ev));
          continue;
        }
        out.add(new Part(item(field, raw), "auto", !others.contains(raw)));
      }
      if (items.isEmpty()) {
        out.add(new Part("—", "auto", true));
      }
      return out;
    }
    out.add(new Part(scalar(field, value), dir(field), true));
    return out;
  }

  /** Actors are stored as "id:name:role", edited fields and aliases as codes or names. */
  private static String item(String field, String raw) {
    switch (field) {
      case "actors" -> {
        String[] p = raw.split(":", -1);
        if (p.length >= 3) {
          String name = String.join(":", java.util.Arrays.copyOfRange(p, 1, p.length - 1));
          String role = p[p.length - 1];
          return role.isEmpty() ? name : name + " (" + Labels.role(role) + ")";
        }
        return raw;
      }
      case "editedFields" -> {
        return Labels.field(raw);
      }
      default -> {
        return Ui.current().digits(raw);
      }
    }
  }

  private static String scalar(String field, Object v) {
    String s = String.valueOf(v);
    return switch (field) {
      case "type" -> Labels.type(s);
      case "status" -> Labels.status(s);
      case "review" -> Labels.review(s);
      case "datePrecision" -> Labels.precision(s);
      case "kind" -> Labels.kind(s);
      case "dateApproximate" -> Labels.yesNo(Boolean.parseBoolean(s));
      default -> Ui.current().digits(s);
    };
  }

  private static String dir(String field) {
    return switch (field) {
      case "dateStart", "dateEnd", "dateResolvedAgainst", "url", "publishedOn" -> "ltr";
      default -> "auto";
    };
  }
}
