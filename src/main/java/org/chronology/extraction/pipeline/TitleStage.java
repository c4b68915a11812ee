package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A readable Arabic title from the type's template (event-titles.tsv): the principal actor with
 * office and nationality ("وزير الدفاع الإسرائيلي يوآف غالانت"), the other side, the place.
 */
@Stage.Contract(
    name = "titles",
    requires = {Layer.COALESCED, Layer.ROLES},
    adds = Layer.TITLES)
public record TitleStage(Lexicon lexicon) implements Stage {

  /** A run of white space, compiled once (String.split and replaceAll compile per call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern OPTIONAL = Pattern.compile("\\[(?<part>[^\\]]*)\\]");
  private static final Pattern SLOT = Pattern.compile("\\{(?<slot>actor|others|place)\\}");
  private static final int MAX_OTHERS = 2;

  @Override
  public void process(Document doc) {
    for (EventDraft d : doc.events()) {
      d.title = title(d);
    }
  }

  String title(EventDraft d) {
    ResolvedActor principal = principal(d);
    String actor = principal == null ? "" : display(principal);
    List<String> others = new ArrayList<>();
    for (ResolvedActor a : d.actors) {
      if (a != principal
          && others.size() < MAX_OTHERS
          && !a.media()
          && (principal == null || !a.name().equals(principal.country()))) {
        others.add(a.name());
      }
    }
    String place = d.place == null ? "" : d.place.name();
    if (principal != null && d.place != null && place.equals(principal.name())) {
      place = "";
    }
    String template = lexicon.titleTemplate(d.type);
    StringBuilder out = new StringBuilder();
    Matcher m = OPTIONAL.matcher(template);
    while (m.find()) {
      String part = m.group("part");
      String filled = fill(part, actor, String.join(" " + Proclitics.and(), others), place);
      m.appendReplacement(out, Matcher.quoteReplacement(filled == null ? "" : filled));
    }
    m.appendTail(out);
    String whole =
        out.toString()
            .replace("{actor}", actor)
            .replace("{others}", String.join(" " + Proclitics.and(), others))
            .replace("{place}", place);
    return SPACES.matcher(whole).replaceAll(" ").strip();
  }

  /** Fills the slots of a part; null when one of its slots is empty. */
  private static String fill(String part, String actor, String others, String place) {
    Matcher m = SLOT.matcher(part);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v =
          switch (m.group("slot")) {
            case "actor" -> actor;
            case "others" -> others;
            default -> place;
          };
      if (v.isEmpty()) {
        return null;
      }
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static ResolvedActor principal(EventDraft d) {
    for (Role r : List.of(Role.VISITOR, Role.SPEAKER, Role.BUYER, Role.ATTACKER, Role.SELLER)) {
      ResolvedActor any = null;
      for (ResolvedActor a : d.actors) {
        if (a.role() == r && a.kind() == ActorKind.PERSON) {
          return a; // the head of a delegation rather than its country
        }
        if (a.role() == r && any == null) {
          any = a;
        }
      }
      if (any != null) {
        return any;
      }
    }
    if (d.type == org.chronology.extraction.EventType.STATEMENT) {
      for (ResolvedActor a : d.actors) {
        if (a.media()) {
          return a; // a report is the outlet's
        }
      }
    }
    for (ResolvedActor a : d.actors) {
      if (a.kind() == ActorKind.PERSON) {
        return a;
      }
    }
    return d.actors.isEmpty() ? null : d.actors.get(0);
  }

  private String display(ResolvedActor a) {
    if (a.kind() != ActorKind.PERSON || a.office() == null) {
      return a.name();
    }
    String office = a.office().contains(" ") ? a.office() : Proclitics.article() + a.office();
    String adj = lexicon.adjectiveOf(a.country());
    return office + (adj == null ? "" : " " + adj) + " " + a.name();
  }
}
