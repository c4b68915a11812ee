package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * The actors of each event: the actor mentions inside its clauses, resolved against the gazetteer
 * on the event's date (people sharing a name, office holders, counterparts); a conjoined verb
 * without actors keeps the subject of the clause before. Media take part only in statements.
 */
@Stage.Contract(
    name = "event-actors",
    requires = {Layer.FILTERED, Layer.ACTORS},
    adds = Layer.EVENT_ACTORS)
public record EventActorStage(Gazetteer gazetteer, Lexicon lexicon) implements Stage {

  @Override
  public void process(Document doc) {
    List<GazetteerEntry> pair = null;
    for (EventDraft d : doc.events()) {
      actors(doc, doc.sentences().get(d.sentence), d);
      PossessedHappenings.add(this, doc, d); // "خلال زيارته": the man named before the noun
      DuringVisits.add(this, doc, d); // the people met during a visit, in its sentence
      LeadersOfStates.add(lexicon, doc, d); // "رؤساء تركيا وأذربيجان": each state's leader
      int from = WitnessedSignings.from(lexicon, doc, doc.sentences().get(d.sentence), d);
      if (CollectiveParties.namesParties(lexicon, doc, d, from)) {
        pair = pair == null ? ArticlePair.of(doc, gazetteer) : pair;
        String office = CollectiveParties.leadersOffice(lexicon, doc, d, from);
        if (office != null) {
          addLeaders(doc, d, pair, office);
        }
        CollectiveParties.addParties(d, pair);
        ImpliedActors.addCountriesOfPeople(gazetteer, d.actors); // the leaders' states
      }
      int at = CollectiveParties.countedAt(lexicon, doc, d);
      int counted =
          at < 0
              ? 0
              : lexicon.countedParties(
                  doc.tokens().get(at).text(), CollectiveParties.nextWord(doc, d, at));
      if (counted > 2) {
        List<GazetteerEntry> states = ArticlePair.top(doc, gazetteer, counted);
        if (states.size() == counted) {
          // "الدول الثلاث … من الدوحة، متهمة قطر": a state after the group is rather its object
          CollectiveParties.addCounted(
              d, states, lexicon.namesSides(doc.tokens().get(at).text()) ? d.end : at);
        }
      }
    }
    lendSpeakers(doc);
    addArticleSpellings(doc);
  }

  private static final int SPEAKER_REACH = 6; // how far after the verb of saying its subject

  /**
   * "… استدعت الوزارة السفير. وقالت المتحدثة باسم الوزارة فلانة إن …": the official introduced with
   * her office and name right after a happening, as the one who gives the account of it, takes part
   * in it; the guide makes one happening one event however many sentences report it. When that
   * sentence tells no happening of its own, its speaker is lent to the last draft of the sentence
   * before, without a role. A speaker named by name alone is a party already told of, whose words
   * may concern another happening: not lent.
   */
  private void lendSpeakers(Document doc) {
    for (Sentence s : doc.sentences()) {
      if (s.headline() || s.index() == 0 || s.endToken() <= s.firstToken()) {
        continue;
      }
      String w = doc.tokens().get(s.firstToken()).text();
      if (!Proclitics.startsWithAnd(w)
          || !lexicon.is(FunctionWord.SAID_AFTER, Proclitics.withoutAnd(w))) {
        continue;
      }
      EventDraft before = null;
      boolean own = false;
      for (EventDraft d : doc.events()) {
        own |= d.sentence == s.index();
        if (d.sentence == s.index() - 1 && (before == null || d.first >= before.first)) {
          before = d;
        }
      }
      if (own || before == null) {
        continue;
      }
      for (ActorHit h : doc.actors()) {
        if (h.sentence() != s.index()
            || h.first() > s.firstToken() + SPEAKER_REACH
            || h.preposition() != null) {
          continue;
        }
        if (h.kind() == ActorKind.PERSON
            && (h.office() != null || h.source() == ActorHit.Source.TITLED_NAME)
            && !teller(doc, s, h, before)) {
          ResolvedActor a = resolve(doc, s, h, reference(doc, before));
          if (a != null && !a.media()) {
            before.lent.add(a.withRole(null));
          }
        }
        break; // the one who says it, not whom or what he names
      }
    }
  }

  /**
   * A known person is written in full once and by surname after ("وزير الخارجية مولود جاووش أوغلو"
   * … "وزار جاووش أوغلو"): every spelling the article gives the one person is an alias of him on
   * each of his events, as the guide makes spelling variants aliases of one actor.
   */
  private void addArticleSpellings(Document doc) {
    java.util.Map<GazetteerEntry, List<String>> spellings = new java.util.HashMap<>();
    for (ActorHit h : doc.actors()) {
      if (h.kind() != ActorKind.PERSON
          || h.source() != ActorHit.Source.GAZETTEER
          || h.candidates().size() != 1
          || h.written() == null) {
        continue;
      }
      List<String> forms = spellings.computeIfAbsent(h.candidates().get(0), k -> new ArrayList<>());
      forms.add(h.written());
      String bare = HonoredNames.withoutHonorifics(lexicon, h.written());
      if (bare != null) {
        forms.add(bare);
      }
    }
    if (spellings.isEmpty()) {
      return;
    }
    for (EventDraft d : doc.events()) {
      for (int i = 0; i < d.actors.size(); i++) {
        ResolvedActor a = d.actors.get(i);
        List<String> forms = a.entry() == null ? null : spellings.get(a.entry());
        if (forms == null) {
          continue;
        }
        for (String f : forms) {
          a = HonoredNames.withWritten(a, f);
        }
        d.actors.set(i, a);
      }
    }
  }

  /**
   * "والتقى الرئيسان في نيسان": for each of the two states, the holder of that office named last
   * before the event (by name, not by office alone), implied.
   */
  private void addLeaders(Document doc, EventDraft d, List<GazetteerEntry> pair, String office) {
    LocalDate when = reference(doc, d);
    OfficeHolders offices = offices();
    if (pair.size() < 2) {
      addTwoHolders(doc, d, office, when);
      return;
    }
    for (GazetteerEntry c : pair) {
      ActorHit last = null;
      for (ActorHit h : doc.actors()) {
        boolean before =
            h.sentence() < d.sentence || h.sentence() == d.sentence && h.end() <= d.first;
        if (before
            && h.kind() == ActorKind.PERSON
            && h.source() != ActorHit.Source.TITLE_ONLY
            && offices.holds(doc, h, office, when)
            && c.name().equals(offices.stateOf(doc, h))) {
          last = h;
        }
      }
      ResolvedActor a =
          last == null ? null : resolve(doc, doc.sentences().get(last.sentence()), last, when);
      if (a == null || d.actors.stream().anyMatch(x -> x.name().equals(a.name()))) {
        continue;
      }
      d.actors.add(new ResolvedActor(a.entry(), a.identity(), null, -1, -1));
    }
    addTwoHolders(doc, d, office, when);
  }

  /**
   * "ووقع الوزيران المذكرة" in an article that named exactly two holders of that office before the
   * event ("وزير الخارجية فلان" … "نظيره علان"), whatever states they hold it for: the dual is
   * those two, both implied; with more or fewer named by then it names no one.
   */
  private void addTwoHolders(Document doc, EventDraft d, String office, LocalDate when) {
    java.util.Map<String, ResolvedActor> two = new java.util.LinkedHashMap<>();
    OfficeHolders offices = offices();
    for (ActorHit h : doc.actors()) {
      boolean before =
          h.sentence() < d.sentence || h.sentence() == d.sentence && h.end() <= d.first;
      if (!before
          || h.kind() != ActorKind.PERSON
          || h.source() == ActorHit.Source.TITLE_ONLY
          || !offices.holds(doc, h, office, when)) {
        continue;
      }
      ResolvedActor a = resolve(doc, doc.sentences().get(h.sentence()), h, when);
      if (a == null || a.media() || two.containsKey(a.name())) {
        continue;
      }
      String same = null;
      for (String named : two.keySet()) {
        if (partOf(named, a.name()) || partOf(a.name(), named)) {
          same = named; // "عبد الله" after "عبد الله بن عبد العزيز": one person, written short
        }
      }
      if (same == null) {
        two.put(a.name(), a);
      } else if (a.name().length() > same.length()) {
        two.remove(same);
        two.put(a.name(), a);
      }
    }
    if (two.size() != 2) {
      return;
    }
    for (ResolvedActor a : two.values()) {
      if (d.actors.stream().noneMatch(x -> x.name().equals(a.name()))) {
        d.actors.add(new ResolvedActor(a.entry(), a.identity(), null, -1, -1));
      }
    }
  }

  /** Every word of name {@code part} is a word of name {@code whole}. */
  private static boolean partOf(String part, String whole) {
    Set<String> words = new HashSet<>(List.of(ArabicNormalizer.key(whole).split(" ")));
    return words.containsAll(List.of(ArabicNormalizer.key(part).split(" ")));
  }

  private void actors(Document doc, Sentence s, EventDraft d) {
    LocalDate when = reference(doc, d);
    List<ResolvedActor> out = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    List<ActorHit> noParty = new ArrayList<>();
    int from = WitnessedSignings.from(lexicon, doc, s, d);
    for (ActorHit h : doc.actors()) {
      if (h.sentence() != s.index() || h.first() < from || h.first() >= d.end) {
        continue;
      }
      if (TopicStates.named(lexicon, doc, h, s.firstToken())) {
        continue; // "وبحثا الأوضاع في ليبيا": what is talked about, even in a clause of its own
      }
      if (NonParties.named(lexicon, doc, s, h, d)) {
        noParty.add(h); // "مطار حيدر علييف"، "تشكيل لجنة مشتركة"، "بحسب الشرطة": no party to it
        continue;
      }
      if (teller(doc, s, h, d)) {
        continue;
      }
      ResolvedActor a = resolve(doc, s, h, when);
      if (a == null || (a.media() && d.type != EventType.STATEMENT)) {
        continue;
      }
      Integer at = seen.get(a.name());
      if (at == null) {
        seen.put(a.name(), out.size());
        out.add(a);
      } else if (out.get(at).first() < d.head.first() && a.first() >= d.head.end()) {
        out.set(at, a); // the mention after the trigger is the one that takes part in it
      }
    }
    if (out.isEmpty()) {
      // a clause naming no one else keeps them: its happening is still between those it names
      for (ActorHit h : noParty) {
        ResolvedActor a = resolve(doc, s, h, when);
        if (a != null && !a.media() && out.stream().noneMatch(o -> o.name().equals(a.name()))) {
          out.add(a);
        }
      }
    }
    if (ElidedSubjects.elided(lexicon, doc, s, d, out.isEmpty())) {
      // "وأعلنت الوزارة ...، ووصفت الهجوم": a conjoined verb keeps the subject of the clause
      // before; so does one naming only whom it was done with ("زار أنقرة، ووقع خلالها مع نظيره …")
      // "زار الرئيس الصيني تركمانستان، وحضر مع رئيسها …": the clause before's subject (named
      // first) and the one it was done to (named last) take part in what its conjoined verb tells;
      // a subject written as a list ("أعلنت السعودية والإمارات والبحرين …") is all of it
      ActorHit subject = ElidedSubjects.first(doc, s, d);
      List<ActorHit> named = new ArrayList<>(ElidedSubjects.joinedTo(doc, subject));
      java.util.Collections.reverse(named);
      named.add(0, ElidedSubjects.lastBefore(doc, s, d));
      named.add(subject);
      for (ActorHit h : named) {
        ResolvedActor a = h == null ? null : resolve(doc, s, h, when);
        if (a != null && !a.media() && out.stream().noneMatch(o -> o.name().equals(a.name()))) {
          out.add(0, a);
        }
      }
    }
    for (ActorHit h : FramedSubjects.of(lexicon, doc, s, d)) {
      ResolvedActor a = resolve(doc, s, h, when);
      if (a != null && !a.media() && out.stream().noneMatch(o -> o.name().equals(a.name()))) {
        out.add(0, a);
      }
    }
    // bodies named by their head noun alone; whom an accusing participle after the act names
    List<ActorHit> more = ShortBodyNames.named(lexicon, doc, s, d);
    ActorHit accused = out.isEmpty() ? null : AccusedOfAct.accused(lexicon, doc, s, d);
    if (accused != null) {
      more.add(accused);
    }
    for (ActorHit h : more) {
      ResolvedActor a = resolve(doc, doc.sentences().get(h.sentence()), h, when);
      if (a != null && out.stream().noneMatch(o -> o.name().equals(a.name()))) {
        out.add(a);
      }
    }
    ImpliedActors.addBodiesOfOfficers(gazetteer, doc, out);
    ImpliedActors.addCountriesOfPeople(gazetteer, out);
    ImpliedActors.addStatesOfSharedBodies(gazetteer, lexicon, doc, out);
    ImpliedActors.addHoldingBodies(gazetteer, doc, d, out);
    d.actors = out;
  }

  /** How many words before the name a teller's title (and its adjective) may stand. */
  private static final int TELLER_REACH = 3;

  /**
   * "وكتب الصحفي فلان في صحيفة … أن الزيارة تفتح صفحة جديدة"، "وقال المحلل السياسي فلان إن …": one
   * named by a commentator's title right after a verb of saying or writing tells or judges the
   * happening; the guide's actors take part in it. Unless that verb is the draft's own head (what
   * he said is itself the event told).
   */
  private boolean teller(Document doc, Sentence s, ActorHit h, EventDraft d) {
    if (h.kind() != ActorKind.PERSON) {
      return false;
    }
    for (int i = Math.max(s.firstToken() + 1, h.first() - TELLER_REACH); i <= h.first(); i++) {
      if (lexicon.is(FunctionWord.TELLER_TITLE, doc.tokens().get(i).text())
          && lexicon.isBareOrJoined(FunctionWord.TELLER_VERB, doc.tokens().get(i - 1).text())
          && d.head.first() != i - 1) {
        return true;
      }
    }
    return false;
  }

  /** Who holds an office in the article, and of which state. */
  private OfficeHolders offices() {
    return new OfficeHolders(gazetteer, lexicon);
  }

  /** The date that decides between people sharing a name: the event date, else publication. */
  static LocalDate reference(Document doc, EventDraft d) {
    if (d.date != null && d.date.expression().start() != null) {
      return d.date.expression().start();
    }
    return doc.article().publishedOn();
  }

  ResolvedActor resolve(Document doc, Sentence s, ActorHit h, LocalDate when) {
    switch (h.source()) {
      case GAZETTEER, DEMONYM:
        if (h.candidates().isEmpty()) {
          return written(h, h.kind());
        }
        GazetteerEntry e = Gazetteer.disambiguate(h.candidates(), when);
        ResolvedActor known = fromEntry(e, h.office(), h.first(), h.end());
        return HonoredNames.withWritten(
            HonoredNames.withWritten(known, h.written()),
            HonoredNames.withoutHonorifics(lexicon, h.written()));
      case TITLED_NAME:
        return HonoredNames.honoured(lexicon, written(h, ActorKind.PERSON));
      case TITLE_ONLY:
        // "وزيرا خارجية أذربيجان وأرمينيا" without names: two holders, not the first state's one
        String office = DualTitles.dual(lexicon, doc, h.first()) ? null : h.office();
        if (org.chronology.extraction.lang.TitleEntry.COUNTERPART.equals(office)) {
          office = offices().counterpartOffice(doc, s, h, when);
        }
        ActorHit named = office == null ? null : offices().namedHolder(doc, h, office, when);
        ResolvedActor person =
            named == null ? null : resolve(doc, doc.sentences().get(named.sentence()), named, when);
        if (person != null) {
          return new ResolvedActor(person.entry(), person.identity(), null, h.first(), h.end());
        }
        GazetteerEntry holder = office == null ? null : gazetteer.holder(office, h.country(), when);
        if (holder != null) {
          return fromEntry(holder, office, h.first(), h.end());
        }
        // an office holder we do not know by name still acts for the state ("نظيره السعودي")
        GazetteerEntry state = h.country() == null ? null : gazetteer.byName(h.country());
        return state == null || state.kind() != ActorKind.COUNTRY
            ? null
            : fromEntry(state, null, h.first(), h.end());
      default:
        return null;
    }
  }

  static ResolvedActor fromEntry(GazetteerEntry e, String office, int first, int end) {
    ActorIdentity id = e.office() != null ? e.identity() : e.identity().withOffice(office);
    return new ResolvedActor(e, id, null, first, end);
  }

  /** A new actor (not in the gazetteer) as the hit wrote it. */
  private static ResolvedActor written(ActorHit h, ActorKind kind) {
    ActorIdentity id = ActorIdentity.written(h.written(), kind, h.office(), h.country());
    return new ResolvedActor(null, id, null, h.first(), h.end());
  }
}
