package org.chronology.extraction.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.TsvResource;
import org.chronology.time.TemporalExpression;

/**
 * Word-independent features of a pair of events kept in one article (an earlier event {@code p} and
 * a later one {@code e}) for the question "is {@code e} a further mention of {@code p}'s
 * happening?" (read by {@code eval.DuplicatePairs}, which measures how well they separate the
 * within-article duplicates the extractor still leaves; not shipped: they did not separate them
 * well enough): how the types, actors, places, dates, statuses and sentences compare, and whether
 * {@code e}'s sentence carries a kind of further-mention cue the lexicon already lists (a "during"
 * word, a demonstrative, a continuation, a saying verb opening the sentence, a framing or
 * further-mention verb, a word of repetition). No feature names a word.
 */
public final class DuplicateFeatures {

  private static final Map<String, List<String>> OCCASION =
      TsvResource.byKind("/lang/ar/time/occasion.tsv");
  private static final Map<String, List<String>> RETOLD =
      TsvResource.byKind("/lang/ar/extraction/retold.tsv");

  /** How many tokens of a sentence's opening a cue verb may stand in. */
  private static final int OPENING = 3;

  /** How near the event's word a demonstrative or a word of repetition must stand. */
  private static final int NEAR = 3;

  private final Lexicon lexicon;

  public DuplicateFeatures(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The named features of the pair, in a fixed order (the weights file names them). */
  public Map<String, Double> of(Document doc, EventDraft p, EventDraft e) {
    Map<String, Double> f = new LinkedHashMap<>();
    boolean same = p.type == e.type;
    put(f, "same-type", same);
    put(f, "visit-meeting", DraftComparisons.typesCompatible(p.type, e.type) && !same);
    put(f, "either-other", p.type == EventType.OTHER || e.type == EventType.OTHER);
    put(f, "either-statement", p.type == EventType.STATEMENT || e.type == EventType.STATEMENT);
    for (EventType t : EventType.values()) {
      put(f, "same-" + t.code(), same && p.type == t);
    }
    actors(f, p, e);
    places(f, p, e);
    dates(f, p, e);
    sentences(f, doc, p, e);
    put(f, "same-status", p.status == e.status);
    put(f, "later-not-happened", e.status != EventStatus.HAPPENED);
    put(f, "later-negated", e.negated);
    put(f, "later-anaphoric", e.anaphoric);
    put(f, "later-next-instance", e.nextInstance);
    cues(f, doc, e);
    trigger(f, "earlier", p.head);
    trigger(f, "later", e.head);
    for (EventType t : EventType.values()) {
      put(f, "earlier-" + t.code(), p.type == t);
      put(f, "later-" + t.code(), e.type == t);
    }
    f.put("earlier-confidence", p.confidence);
    f.put("later-confidence", e.confidence);
    f.put("earlier-mentions", Math.log1p(p.alsoIn.size()));
    put(f, "earlier-first-event", isFirst(doc, p));
    interactions(f);
    return f;
  }

  /** The article's first event (its main happening, most often). */
  private static boolean isFirst(Document doc, EventDraft p) {
    for (EventDraft d : doc.events()) {
      if (d != p && (d.sentence < p.sentence || d.sentence == p.sentence && d.first < p.first)) {
        return false;
      }
    }
    return true;
  }

  /** Products of a few features whose weight depends on the other (same sentence, same type). */
  private static void interactions(Map<String, Double> f) {
    for (String a : List.of("same-sentence", "same-type")) {
      for (String b :
          List.of(
              "same-type",
              "date-same",
              "shared-person",
              "later-verb",
              "later-noun",
              "later-own-date",
              "same-status",
              "later-definite",
              "next-sentence",
              "cue-saying")) {
        if (!a.equals(b)) {
          f.put(a + "*" + b, f.get(a) * f.get(b));
        }
      }
    }
  }

  private static void actors(Map<String, Double> f, EventDraft p, EventDraft e) {
    Set<String> a = DraftComparisons.names(p);
    Set<String> b = DraftComparisons.names(e);
    long shared = a.stream().filter(b::contains).count();
    long union = a.size() + b.size() - shared;
    f.put("actor-jaccard", union == 0 ? 0.0 : (double) shared / union);
    boolean person = false;
    for (ResolvedActor x : e.actors) {
      person |= x.kind() == ActorKind.PERSON && DraftComparisons.among(x, p.actors);
    }
    Set<String> sa = DraftComparisons.states(p);
    Set<String> sb = DraftComparisons.states(e);
    boolean state = sa.stream().anyMatch(sb::contains);
    put(f, "shared-person", person);
    put(f, "shared-state-only", state && !person);
    put(f, "no-shared-state", !sa.isEmpty() && !sb.isEmpty() && !state);
    put(f, "later-no-actor", b.isEmpty());
    put(f, "later-new-actor", !a.containsAll(b));
    put(f, "different-subject", DraftComparisons.differentSubject(p, e));
    put(f, "shares-principal", DraftComparisons.sharesPrincipal(p, e));
  }

  private static void places(Map<String, Double> f, EventDraft p, EventDraft e) {
    boolean missing = p.place == null || e.place == null;
    put(f, "place-equal", !missing && p.place.name().equals(e.place.name()));
    put(f, "place-missing", missing);
    put(f, "place-different", !missing && !DraftComparisons.placesCompatible(p, e));
  }

  private static void dates(Map<String, Double> f, EventDraft p, EventDraft e) {
    TemporalExpression a = p.date == null ? null : p.date.expression();
    TemporalExpression b = e.date == null ? null : e.date.expression();
    boolean ka = a != null && a.start() != null;
    boolean kb = b != null && b.start() != null;
    put(f, "date-both-unknown", !ka && !kb);
    put(f, "date-one-unknown", ka != kb);
    put(f, "date-later-unknown", ka && !kb);
    if (ka && kb) {
      var ae = a.end() != null ? a.end() : a.start();
      var be = b.end() != null ? b.end() : b.start();
      boolean equal = a.start().equals(b.start()) && ae.equals(be);
      boolean overlap = !a.start().isAfter(be) && !b.start().isAfter(ae);
      boolean aInB = !a.start().isBefore(b.start()) && !ae.isAfter(be);
      boolean bInA = !b.start().isBefore(a.start()) && !be.isAfter(ae);
      put(f, "date-same", equal);
      put(f, "date-contains", !equal && (aInB || bInA));
      put(f, "date-overlap", overlap && !equal && !aInB && !bInA);
      put(f, "date-disjoint", !overlap);
      put(f, "date-same-precision", a.precision() == b.precision());
    } else {
      put(f, "date-same", false);
      put(f, "date-contains", false);
      put(f, "date-overlap", false);
      put(f, "date-disjoint", false);
      put(f, "date-same-precision", false);
    }
    put(f, "later-own-date", e.date != null && e.ownDate && !e.sinceDate);
    put(f, "earlier-own-date", p.date != null && p.ownDate && !p.sinceDate);
  }

  private static void sentences(Map<String, Double> f, Document doc, EventDraft p, EventDraft e) {
    int d = e.sentence - p.sentence;
    put(f, "same-sentence", d == 0);
    put(f, "next-sentence", d == 1);
    put(f, "near-sentence", d >= 2 && d <= 3);
    f.put("sentence-distance-log", Math.log1p(Math.max(0, d)));
    List<Sentence> s = doc.sentences();
    put(f, "earlier-headline", s.get(p.sentence).headline());
    put(f, "later-headline", s.get(e.sentence).headline());
    put(f, "earlier-lead", p.sentence == lead(s));
    put(f, "same-paragraph", s.get(p.sentence).paragraph() == s.get(e.sentence).paragraph());
  }

  /** The first sentence that is no headline. */
  private static int lead(List<Sentence> s) {
    for (Sentence x : s) {
      if (!x.headline()) {
        return x.index();
      }
    }
    return -1;
  }

  private void cues(Map<String, Double> f, Document doc, EventDraft e) {
    Sentence s = doc.sentences().get(e.sentence);
    boolean during = false;
    boolean demonstrative = false;
    boolean again = false;
    boolean opening = false;
    boolean saying = false;
    boolean continuation = false;
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      String w = doc.tokens().get(t).text();
      boolean near = Math.abs(t - e.head.first()) <= NEAR;
      during |= is(OCCASION, "during", w) && t < e.head.first();
      demonstrative |= near && is(OCCASION, "demonstrative", w);
      again |= near && is(RETOLD, "again", w);
      if (t - s.firstToken() < OPENING) {
        String bare = Proclitics.withoutAnd(w);
        opening |=
            lexicon.is(FunctionWord.FURTHER_MENTION, bare)
                || lexicon.is(FunctionWord.FRAMING, bare)
                || is(OCCASION, "comes", w);
        saying |=
            lexicon.is(FunctionWord.SAYING, bare) || lexicon.is(FunctionWord.REPLY_OPENER, bare);
        continuation |= t == s.firstToken() && lexicon.isContinuation(bare);
      }
    }
    put(f, "cue-during", during);
    put(f, "cue-demonstrative", demonstrative);
    put(f, "cue-again", again);
    put(f, "cue-further-verb", opening);
    put(f, "cue-saying", saying);
    put(f, "cue-continuation", continuation);
  }

  private static boolean is(Map<String, List<String>> words, String kind, String w) {
    List<String> list = words.get(kind);
    return list != null
        && (list.contains(w) || list.contains(Proclitics.withoutAndOrPreposition(w)));
  }

  private static void trigger(Map<String, Double> f, String which, TriggerHit h) {
    TriggerForm form = h.trigger().form();
    put(f, which + "-verb", form == TriggerForm.VERB);
    put(f, which + "-present", form == TriggerForm.PRESENT);
    put(f, which + "-noun", form == TriggerForm.NOUN);
    put(f, which + "-definite", h.definite() || h.possessive());
    put(f, which + "-future", h.future());
    put(f, which + "-quoted", h.inQuote());
    f.put(which + "-strength", h.trigger().strength());
  }

  private static void put(Map<String, Double> f, String name, boolean v) {
    f.put(name, v ? 1.0 : 0.0);
  }
}
