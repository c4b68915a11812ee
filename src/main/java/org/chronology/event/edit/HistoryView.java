package org.chronology.event.edit;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.actor.ActorRoutes;
import org.chronology.event.EventRoutes;
import org.chronology.revision.RevisionService.Change;
import org.chronology.revision.RevisionService.Entry;
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

  /**
   * A merge's or a split's reason as stored ("← #517 — why", "→ #520"): which record it went to or
   * came from, said in words by the template ({@code ed:structureReason(key, n)}) with a link.
   *
   * @param key what happened, as the message switches on it ("event-merge", "actor-merged-into",
   *     "event-unmerged-from" …)
   * @param other the other record's id
   * @param href where the other record is read (a merged-in event's history: its page is gone)
   * @param note the editor's reason, or null
   */
  public record Structure(String key, long other, String href, String note) {}

  private static final Pattern STRUCTURE =
      Pattern.compile("^([←→]) #(\\d+)(?: — (.*))?$", Pattern.DOTALL);

  private static final Set<String> STRUCTURAL =
      Set.of("merge", "merged-into", "split", "split-from", "unmerged");

  private HistoryView() {}

  /** The revision's reason when it names the record a merge or a split went to, else null. */
  public static Structure structure(Entry e) {
    String reason = e.revision().reason;
    String action = e.revision().action;
    if (reason == null || !STRUCTURAL.contains(action)) {
      return null;
    }
    Matcher m = STRUCTURE.matcher(reason);
    if (!m.matches()) {
      return null;
    }
    long other = Long.parseLong(m.group(2));
    boolean actor = "actor".equals(e.revision().entityType);
    String key = (actor ? "actor-" : "event-") + action;
    if (action.equals("unmerged")) {
      key += m.group(1).equals("←") ? "-from" : "-as";
    }
    String href =
        actor
            ? ActorRoutes.PAGE.with(other)
            : action.equals("merge")
                ? EventRoutes.HISTORY.with(other)
                : EventRoutes.PAGE.with(other);
    String note = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3).strip();
    return new Structure(key, other, href, note);
  }

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
      case "datePrecision" -> Labels.precisionLabel(s);
      case "kind" -> Labels.kindLabel(s);
      case "dateApproximate" -> Labels.yesNo(Boolean.parseBoolean(s));
      case "dateStart", "dateEnd", "dateResolvedAgainst", "publishedOn" -> day(s);
      default -> Ui.current().digits(s);
    };
  }

  /** A stored ISO day as the site writes days ("1 January 2022"); anything else as it is. */
  private static String day(String s) {
    try {
      return Labels.dayOf(LocalDate.parse(s));
    } catch (DateTimeParseException notADay) {
      return Ui.current().digits(s);
    }
  }

  private static String dir(String field) {
    return switch (field) {
      case "url" -> "ltr";
      default -> "auto";
    };
  }
}
