package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;

/**
 * Roles where the sentence shows them. The subject of the head trigger (after a verb, as Arabic is
 * verb-first, or right after a noun: "زيارة فلان"; else the nearest actor before the head) takes
 * the trigger's subject role; actors after the head take its object role. A visit's destination
 * country is its host.
 */
@Stage.Contract(
    name = "roles",
    requires = {Layer.EVENT_ACTORS, Layer.ACTORS},
    adds = Layer.ROLES)
public record RoleStage(Lexicon lexicon, Gazetteer gazetteer) implements Stage {

  /** After a noun the subject follows at once (idafa: زيارة فلان، شراء أذربيجان). */
  private static final int NOUN_SUBJECT_REACH = 1;

  /** After a verb the subject follows within a few words (an adverb or a date may intervene). */
  private static final int VERB_SUBJECT_REACH = 4;

  @Override
  public void process(Document doc) {
    for (EventDraft d : doc.events()) {
      assign(doc, d);
    }
    OtherSide.add(doc, gazetteer);
    VisitMeetings.add(doc, lexicon);
    ReactedHappenings.addParties(lexicon, doc);
    SeriesMeetings.add(doc);
  }

  private void assign(Document doc, EventDraft d) {
    Role subjectRole = d.head.trigger().subjectRole();
    Role objectRole = d.head.trigger().objectRole();
    if (d.type == EventType.VISIT) {
      subjectRole = Role.VISITOR;
      objectRole = Role.HOST;
    } else if (d.type == EventType.MEETING) {
      subjectRole = Role.PARTICIPANT;
      objectRole = Role.PARTICIPANT;
    }
    int head = d.head.first();
    int subject = -1;
    List<ResolvedActor> actors = d.actors;
    for (int i = 0; i < actors.size() && subject < 0; i++) {
      ResolvedActor a = actors.get(i);
      int reach =
          d.head.end()
              + (d.head.trigger().form().verbal() ? VERB_SUBJECT_REACH : NOUN_SUBJECT_REACH);
      boolean adjective = isDemonym(doc, a) && a.first() > d.head.end() + 1;
      if (a.first() >= d.head.end()
          && a.first() < reach
          && prepositionOf(doc, a) == null
          && !adjective) {
        subject = i; // a state adjective on the object ("معدات إسرائيلية") is not the subject
      }
    }
    if (d.head.trigger().form().verbal()) {
      // subject-verb order after أن/إن: a person right before the verb is its subject, and so is
      // any actor that the complementizer introduces ("أن إسرائيل باعت أذربيجان")
      for (int i = actors.size() - 1; i >= 0; i--) {
        ResolvedActor a = actors.get(i);
        boolean introduced =
            a.first() > 0
                && lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(a.first() - 1).text());
        if ((a.kind() == ActorKind.PERSON || introduced)
            && a.end() <= head
            && head - a.end() <= 1
            && doc.gapBefore(head).strip().isEmpty()
            && prepositionOf(doc, a) == null) {
          subject = i;
          break;
        }
      }
    }
    if (d.head.trigger().form().verbal() && PastPerfect.told(lexicon, doc, d)) {
      // "وكانت طهران قد نددت بزيارة ديختر": in the past perfect the subject stands between the
      // "was" word and the perfect particle right before the verb, not among the words after it
      for (int i = actors.size() - 1; i >= 0; i--) {
        ResolvedActor a = actors.get(i);
        if (a.first() >= 0 && a.end() == head - 1 && prepositionOf(doc, a) == null) {
          subject = i;
          break;
        }
      }
    }
    if (subject < 0) {
      for (int i = actors.size() - 1; i >= 0 && subject < 0; i--) {
        ResolvedActor a = actors.get(i);
        if (a.first() >= 0 && a.first() < head && prepositionOf(doc, a) == null) {
          subject = i;
        }
      }
    }
    List<ResolvedActor> out = new ArrayList<>(actors.size() + 1);
    String subjectCountry = subject >= 0 ? actors.get(subject).country() : null;
    for (int i = 0; i < actors.size(); i++) {
      ResolvedActor a = actors.get(i);
      Role r = null;
      if (i == subject || conjoinedWith(doc, actors, subject, i)) {
        r = subjectRole;
      } else if (a.first() >= head
          && a.kind() != ActorKind.PERSON
          && subjectCountry != null
          && subjectCountry.equals(a.name())) {
        r = null; // the subject's own country is not the other side
      } else if (a.first() >= head) {
        String p = prepositionOf(doc, a);
        if (p == null || Prepositions.introducesObject(p)) {
          r = objectRole;
        }
      }
      out.add(a.withRole(r));
    }
    if (d.type == EventType.VISIT) {
      visitRoles(doc, d, out);
    } else if (d.type == EventType.MEETING) {
      for (int i = 0; i < out.size(); i++) {
        ResolvedActor a = out.get(i);
        if (a.kind() == ActorKind.PERSON || a.kind() == ActorKind.COUNTRY) {
          out.set(i, a.withRole(Role.PARTICIPANT));
        }
      }
      // talks held in Istanbul are hosted by Turkey when the article has Turkey take part; a city
      // alone is rather a venue (the EU's Brussels, the UN's New York), its state no party
      if (d.place != null && d.place.country() != null && namedAsState(doc, d.place.country())) {
        addCountry(out, d.place.country(), null);
      }
    } else if ((d.type == EventType.DIPLOMATIC || d.type == EventType.INCIDENT)
        && d.place != null
        && d.place.country() != null) {
      // an embassy in Baku involves Azerbaijan; so does a clash or an attack in Shusha: the state
      // where an incident happens is a party to it
      addCountry(out, d.place.country(), null);
    }
    if (d.type != EventType.VISIT) {
      addDestinationStates(doc, d, out);
    }
    d.actors = out;
  }

  /**
   * "استأنفت الشركة رحلاتها إلى الدوحة"، "ستنقلهم طائرة إلى سانتياغو"، "يغادر مساء إلى الرباط": a
   * capital the clause sends someone or something to (after إلى) stands for the state at the other
   * end of the link, a party to it, as the host is of a visit (a visit's own destination is read by
   * {@link #visitRoles}).
   */
  private void addDestinationStates(Document doc, EventDraft d, List<ResolvedActor> out) {
    for (PlaceHit p : doc.places()) {
      if (p.sentence() == d.sentence
          && p.first() >= d.first
          && p.first() < d.end
          && p.destination()
          && p.place().capital()
          && p.place().country() != null) {
        addCountry(out, p.place().country(), null);
      }
    }
  }

  /**
   * Hosts of a visit are the destination (after إلى) and the people and bodies of the destination
   * country; other people of another country travelled with the visitor (a delegation's head).
   */
  private void visitRoles(Document doc, EventDraft d, List<ResolvedActor> out) {
    String host = d.place == null ? null : d.place.country();
    for (int i = 0; i < out.size(); i++) {
      ResolvedActor a = out.get(i);
      if (a.role() == Role.VISITOR || a.first() < 0) {
        continue;
      }
      String p = prepositionOf(doc, a);
      boolean destination = p != null && Prepositions.isDestination(p);
      boolean ofHost = host != null && (host.equals(a.country()) || host.equals(a.name()));
      Role r = destination || ofHost ? Role.HOST : null;
      if (r == null
          && a.kind() == ActorKind.PERSON
          && host != null
          && a.country() != null
          && !host.equals(a.country())) {
        r = Role.VISITOR;
      }
      out.set(i, a.withRole(r));
    }
    if (host != null) {
      addHostCountry(d, out);
    }
  }

  /** The article names the state itself (not only a city of it) as a party somewhere. */
  private static boolean namedAsState(Document doc, String state) {
    for (ActorHit h : doc.actors()) {
      if (h.kind() == ActorKind.COUNTRY && state.equals(ArticlePair.stateOf(h))) {
        return true;
      }
    }
    return false;
  }

  private void addHostCountry(EventDraft d, List<ResolvedActor> out) {
    String country = d.place.country();
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).name().equals(country)) {
        if (out.get(i).role() == null) {
          out.set(i, out.get(i).withRole(Role.HOST));
        }
        return;
      }
    }
    for (ResolvedActor a : out) {
      if (a.role() == Role.VISITOR && country.equals(a.country())) {
        return; // a trip at home
      }
    }
    addCountry(out, country, Role.HOST);
  }

  private void addCountry(List<ResolvedActor> out, String country, Role role) {
    for (ResolvedActor a : out) {
      if (a.name().equals(country)) {
        return;
      }
    }
    GazetteerEntry e = gazetteer.byName(country);
    if (e != null) {
      out.add(ResolvedActor.implied(e, role));
    }
  }

  /** "روسيا والولايات المتحدة": an actor joined by و right after the subject shares its role. */
  private static boolean conjoinedWith(
      Document doc, List<ResolvedActor> actors, int subject, int i) {
    if (subject < 0 || i <= subject) {
      return false;
    }
    ResolvedActor prev = actors.get(i - 1);
    ResolvedActor a = actors.get(i);
    boolean chain = i - 1 == subject || conjoinedWith(doc, actors, subject, i - 1);
    return chain
        && a.first() >= 0
        && prev.end() == a.first()
        && Proclitics.startsWithAnd(doc.tokens().get(a.first()).text())
        && doc.gapBefore(a.first()).strip().isEmpty();
  }

  private static boolean isDemonym(Document doc, ResolvedActor a) {
    for (ActorHit h : doc.actors()) {
      if (h.first() == a.first()) {
        return h.source() == ActorHit.Source.DEMONYM;
      }
    }
    return false;
  }

  private static String prepositionOf(Document doc, ResolvedActor a) {
    if (a.first() < 0) {
      return null;
    }
    for (ActorHit h : doc.actors()) {
      if (h.first() == a.first()) {
        return h.preposition();
      }
    }
    return null;
  }
}
