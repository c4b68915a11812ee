package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.HeldBy;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;

/** Actors an event's named ones imply: the bodies, states and holders their names point to. */
final class ImpliedActors {

  private ImpliedActors() {}

  /** Happenings named by the adjective of the body that holds them (held-by.tsv). */
  private static final PhraseMatcher<String> HELD_BY = PhraseMatcher.of(HeldBy.entries());

  /** A dash, in any of its written forms (the tatweel too, which normalising drops). */
  private static final Pattern DASH = Pattern.compile("[-\u2013\u2014\u0640]");

  /** The article's own text between token {@code next} and the one before holds a dash. */
  private static boolean dashAfter(Document doc, int next) {
    String text = doc.article().text();
    int from = Math.min(doc.originalEnd(next), text.length());
    int to = Math.min(doc.originalStart(next), text.length());
    return from < to && DASH.matcher(text.substring(from, to)).find();
  }

  /**
   * "الأمين العام لجامعة الدول العربية عمرو موسى"، "الأمين العام للأمم المتحدة بان كي مون": the
   * officer of an international body acts for the body his title names, so the body joins the event
   * (as a state joins with its minister). A state's own body does not ("المتحدث باسم وزارة الخارجية
   * الإيرانية": the state, already there, is the party); nor do media.
   */
  static void addBodiesOfOfficers(Gazetteer gazetteer, Document doc, List<ResolvedActor> out) {
    for (int i = 0, n = out.size(); i < n; i++) {
      ResolvedActor p = out.get(i);
      if (p.kind() != ActorKind.PERSON || p.first() < 0) {
        continue;
      }
      for (int t = p.first(); t < p.end(); t++) {
        var body = gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), t, p.end());
        if (body == null || body.first() != t) {
          continue;
        }
        GazetteerEntry e = body.values().get(0);
        boolean bodyKind =
            e.kind() == ActorKind.ORGANIZATION
                || e.kind() == ActorKind.COMPANY
                || e.kind() == ActorKind.GROUP;
        if (bodyKind
            && !e.media()
            && e.country() == null
            && out.stream().noneMatch(a -> a.name().equals(e.name()))) {
          out.add(EventActorStage.fromEntry(e, null, body.first(), body.end()));
        }
        t = body.end() - 1;
      }
    }
  }

  /**
   * A person, an institution or a company acting for a state brings the state into the event ("وزير
   * الخارجية الإسرائيلي"، "الجيش الأذربيجاني"، "البرلمان الأذري"), implied, as a reader of a
   * chronology by country expects. Media and armed groups do not.
   */
  static void addCountriesOfPeople(Gazetteer gazetteer, List<ResolvedActor> out) {
    for (int i = 0, n = out.size(); i < n; i++) {
      ResolvedActor p = out.get(i);
      boolean actsForState =
          p.kind() == ActorKind.PERSON
              || (p.kind() == ActorKind.ORGANIZATION || p.kind() == ActorKind.COMPANY)
                  && !p.media();
      if (!actsForState || p.country() == null) {
        continue;
      }
      boolean present = false;
      for (ResolvedActor a : out) {
        present |= a.name().equals(p.country());
      }
      GazetteerEntry c = present ? null : gazetteer.byName(p.country());
      if (c != null && c.kind() == ActorKind.COUNTRY) {
        out.add(
            new ResolvedActor(
                c,
                new ActorIdentity(c.name(), c.nameEn(), c.kind(), null, c.name(), c.aliases()),
                null,
                -1,
                -1));
      }
    }
  }

  /**
   * "اللجنة العمانية التنزانية المشتركة"، "اللجنة الكويتية الفيتنامية": a body named by the
   * adjectives of two or more states is theirs together, so each of those states joins the event,
   * implied, as the one state of a body does ({@link #addCountriesOfPeople}).
   */
  static void addStatesOfSharedBodies(
      Gazetteer gazetteer, Lexicon lexicon, Document doc, List<ResolvedActor> out) {
    for (int i = 0, n = out.size(); i < n; i++) {
      ResolvedActor b = out.get(i);
      if (b.kind() != ActorKind.ORGANIZATION || b.media() || b.first() < 0) {
        continue;
      }
      List<String> states = new ArrayList<>();
      for (int t = b.first(); t < b.end(); t++) {
        var dem = lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), t, b.end());
        if (dem != null && dem.first() == t) {
          if (!states.contains(dem.values().get(0))) {
            states.add(dem.values().get(0));
          }
          t = dem.end() - 1;
        }
      }
      if (states.size() < 2) {
        continue;
      }
      for (String state : states) {
        GazetteerEntry c = gazetteer.byName(state);
        if (c != null
            && c.kind() == ActorKind.COUNTRY
            && out.stream().noneMatch(a -> a.name().equals(c.name()))) {
          out.add(ResolvedActor.implied(c, null));
        }
      }
    }
  }

  /**
   * "القمة العربية"، "القمة الخليجية"، "الهدنة الأممية": a happening named by the adjective of the
   * body that holds it (the Arab League's summit, the Gulf Cooperation Council's, the UN's truce)
   * has that body among its actors, implied, as the guide makes organisations actors.
   */
  static void addHoldingBodies(
      Gazetteer gazetteer, Document doc, EventDraft d, List<ResolvedActor> out) {
    for (int t = d.first; t < d.end; t++) {
      var m = HELD_BY.longestAt(doc.tokens(), doc.forms(), t, d.end);
      if (m == null || m.first() != t) {
        continue;
      }
      t = m.end() - 1;
      boolean joined = m.end() < doc.tokens().size() && dashAfter(doc, m.end());
      boolean setting =
          m.first() > 0
              && !TitledNames.hasStop(doc, m.first())
              && HeldBy.setting(
                  ArabicNormalizer.key(
                      Proclitics.withoutAndOrPreposition(doc.tokens().get(m.first() - 1).text())));
      if (joined || setting) {
        continue; // "القمة العربية - اللاتينية"، "على هامش القمة الخليجية"
      }
      GazetteerEntry body = gazetteer.byName(m.values().get(0));
      if (body != null && out.stream().noneMatch(a -> a.name().equals(body.name()))) {
        out.add(ResolvedActor.implied(body, null));
      }
    }
  }
}
