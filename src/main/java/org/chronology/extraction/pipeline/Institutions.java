package org.chronology.extraction.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.TsvResource;

/**
 * State institutions the gazetteer does not list, read from how they are written: an institution
 * head, a complement, and the state's adjective ("وزارة الخارجية وشؤون المغتربين الأردنية"، "الجيش
 * السوداني"); and a state called by the head of its long name alone ("المملكة" after "مملكة
 * البحرين").
 */
record Institutions(Lexicon lexicon, Gazetteer gazetteer) {

  /** A run of white space, compiled once (String.split and replaceAll compile per call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Words of the complement between the head and the state adjective. */
  private static final int MAX_COMPLEMENT = 4;

  /** Words of a masthead line read for the outlet's state. */
  private static final int MASTHEAD_WORDS = 10;

  /** Ministry heads as written → the head of the full name (from {@code ministries.tsv}). */
  private static final Map<String, String> MINISTRIES = ministries();

  private static Map<String, String> ministries() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : TsvResource.read(Lexicon.DIR + "ministries.tsv", 2)) {
      m.put(ArabicNormalizer.key(r[0]), r[1]);
    }
    return Map.copyOf(m);
  }

  /**
   * The institution whose head is token {@code i}, or null; {@code home} is the state of the outlet
   * (null when its masthead names none).
   */
  ActorHit at(Document doc, Sentence s, int i, int to, String home) {
    ActorHit body = body(doc, s, i, to, home);
    if (body == null) {
      return null;
    }
    // "اللجنة الحكومية المشتركة للتعاون الاقتصادي": what the body is for is part of its name
    int end = new BodyPurposes(lexicon, gazetteer).end(doc, i, body.end(), to);
    return end == body.end() ? body : named(doc, s, i, end, body.country());
  }

  private ActorHit body(Document doc, Sentence s, int i, int to, String home) {
    ActorHit stated = stated(doc, s, i, to, home);
    String bare = head(doc.tokens().get(i).text());
    if (!lexicon.is(FunctionWord.JOINT_BODY, bare)) {
      return stated;
    }
    JointBodies joint = new JointBodies(lexicon, gazetteer);
    if (stated != null) {
      int end = joint.closedAt(doc, stated.end(), to);
      return end == stated.end() ? stated : named(doc, s, i, end, stated.country());
    }
    int end = joint.end(doc, i, to);
    return end < 0 ? null : named(doc, s, i, end, joint.state(doc, i, end, to));
  }

  /** The body on tokens {@code [i, end)}, named as written (its article kept after ل). */
  private ActorHit named(Document doc, Sentence s, int i, int end, String country) {
    String w = doc.tokens().get(i).text();
    String written = withoutProclitic(doc.originalText(i, end), w, head(w));
    return hit(doc, s, i, end, definite(doc, i, written), country);
  }

  /** An institution closed by a state adjective (or a ministry of the outlet's state), or null. */
  private ActorHit stated(Document doc, Sentence s, int i, int to, String home) {
    String w = doc.tokens().get(i).text();
    ActorHit body = stateBody(doc, s, i, to, w);
    if (body != null) {
      return body;
    }
    String bare = head(w);
    boolean force = lexicon.is(FunctionWord.FORCE, bare);
    if (!lexicon.is(FunctionWord.INSTITUTION, bare) && !force) {
      return null;
    }
    if (i + 1 < to && !TitledNames.hasStop(doc, i + 1)) {
      String state = AmbiguousDemonyms.stateAfter(bare, doc.tokens().get(i + 1).text());
      if (state != null) { // "الجيش المالي": an adjective read as the state's after this head
        return hit(doc, s, i, i + 2, withoutProclitic(doc.originalText(i, i + 2), w, bare), state);
      }
    }
    for (int j = i + 1; j <= to && j - i <= MAX_COMPLEMENT + 1; j++) {
      if (j == to || TitledNames.hasStop(doc, j) || NameParts.inDatePhrase(doc, j)) {
        // "أعلنت وزارة الدفاع اليوم"، "وزارة الخارجية الأحد": a date ends the body's name
        return unqualified(doc, s, i, j, home);
      }
      PhraseMatcher.Match<String> dem =
          lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), j, to);
      if (dem != null && dem.first() == j) {
        if (j == i + 1 && (force || !Proclitics.hasArticle(bare))) {
          return null; // "القوات الإسرائيلية": the state itself; "شركة صينية": no name
        }
        int end = jointEnd(doc, bare, dem.end(), to);
        String written = withoutProclitic(doc.originalText(i, end), w, bare);
        if (end > dem.end()) {
          written = definite(doc, i, written);
        }
        return hit(doc, s, i, end, fullName(bare, written), dem.values().get(0));
      }
      String c = doc.tokens().get(j).text();
      String cBare = Proclitics.withoutAnd(c);
      boolean joined = // "وشؤون المغتربين": a conjoined noun whose complement follows
          !c.equals(cBare) && j + 1 < to && Proclitics.hasArticle(doc.tokens().get(j + 1).text());
      if (!Proclitics.hasArticle(c) && !Proclitics.hasArticle(cBare) && !joined
          || lexicon.isStopword(c)
          || lexicon.titles().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || lexicon.triggers().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || lexicon.places().longestAt(doc.tokens(), doc.forms(), j, to) != null) {
        return unqualified(doc, s, i, j, home);
      }
    }
    return null;
  }

  /**
   * "برلمان كوسوفو"، "جيش جنوب السودان": a body's head without article in construct with a state's
   * name right after it is that state's organisation, named as written (tokens from the head to the
   * end of the state's name); null otherwise. A state joined by و or a preposition is a party of
   * its own ("حكومة ولبنان" is no construct).
   */
  private ActorHit stateBody(Document doc, Sentence s, int i, int to, String w) {
    String bare =
        lexicon.is(FunctionWord.STATE_BODY, w) ? w : Proclitics.withoutAndOrPreposition(w);
    if (!lexicon.is(FunctionWord.STATE_BODY, bare)
        || i + 1 >= to
        || TitledNames.hasStop(doc, i + 1)
        || Proclitics.startsWithAnd(doc.tokens().get(i + 1).text())) {
      return null;
    }
    PhraseMatcher.Match<GazetteerEntry> state =
        gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), i + 1, to);
    if (state == null
        || state.first() != i + 1
        || state.form().preposition()
        || state.values().get(0).kind() != ActorKind.COUNTRY) {
      return null;
    }
    String written = withoutProclitic(doc.originalText(i, state.end()), w, bare);
    return hit(doc, s, i, state.end(), written, state.values().get(0).name());
  }

  /**
   * Where a body two states share ends: after a second state adjective right after the first
   * ("اللجنة المشتركة التونسية القطرية"), else at {@code end}.
   */
  private int jointEnd(Document doc, String head, int end, int to) {
    if (!lexicon.is(FunctionWord.JOINT_BODY, head)
        || end >= to
        || TitledNames.hasStop(doc, end)
        || Proclitics.startsWithAnd(doc.tokens().get(end).text())) {
      return end;
    }
    PhraseMatcher.Match<String> second =
        lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), end, to);
    return second != null && second.first() == end ? second.end() : end;
  }

  /**
   * "للجنة العليا": ل before اللجنة drops the article's alef, so a head read without its article
   * whose complement has one (an adjective agrees in definiteness) is written with it.
   */
  private static String definite(Document doc, int i, String written) {
    String w = doc.tokens().get(i).text();
    String bare = Proclitics.withoutAndOrPreposition(w);
    if (Proclitics.hasArticle(bare)
        || bare.equals(w)
        || bare.charAt(0) != w.charAt(w.length() - bare.length() - 1)
        || i + 1 >= doc.tokens().size()
        || !Proclitics.hasArticle(doc.tokens().get(i + 1).text())) {
      return written;
    }
    return Proclitics.article() + written;
  }

  /** The institution word as written, or without its و and preposition. */
  private String head(String w) {
    return lexicon.is(FunctionWord.INSTITUTION, w) || lexicon.is(FunctionWord.FORCE, w)
        ? w
        : Proclitics.withoutAndOrPreposition(w);
  }

  /**
   * A ministry written without its state ("أعلنت وزارة الخارجية، اليوم") in an outlet of a state:
   * that state's. Tokens {@code [i, end)}; a short form ("الخارجية") after a definite noun is an
   * adjective ("الشؤون الخارجية"), not the ministry.
   */
  private ActorHit unqualified(Document doc, Sentence s, int i, int end, String home) {
    String w = doc.tokens().get(i).text();
    String bare = head(w);
    String key = ArabicNormalizer.key(bare);
    String full = MINISTRIES.get(key);
    String adjective = lexicon.adjectiveOf(home);
    if (full == null || adjective == null || end <= i) {
      return null;
    }
    boolean shortForm = full.contains(" ");
    if (!shortForm && end < i + 2) {
      return null; // "وزارة" alone
    }
    if (shortForm && i > s.firstToken() && !TitledNames.hasStop(doc, i)) {
      String prev = doc.tokens().get(i - 1).text();
      if (Proclitics.hasArticle(prev) || Proclitics.hasArticle(Proclitics.withoutAnd(prev))) {
        return null;
      }
      for (int k = Math.max(s.firstToken(), i - 3); k < i; k++) {
        PhraseMatcher.Match<?> title =
            lexicon.titles().longestAt(doc.tokens(), doc.forms(), k, end);
        if (title != null && title.end() > i) {
          return null; // "وزير الخارجية": the office's complement, not the ministry
        }
      }
    }
    String written = withoutProclitic(doc.originalText(i, end), w, bare);
    String feminine =
        (Proclitics.hasArticle(adjective) ? adjective : Proclitics.article() + adjective)
            + ArabicNormalizer.TEH_MARBUTA;
    return hit(doc, s, i, end, fullName(bare, written) + " " + feminine, home);
  }

  /** "الخارجية العراقية" → "وزارة الخارجية العراقية": a ministry's short form named in full. */
  private static String fullName(String head, String written) {
    String full = MINISTRIES.get(ArabicNormalizer.key(head));
    if (full == null || !full.contains(" ")) {
      return written;
    }
    String[] words = SPACES.split(written.strip(), 2);
    return full + (words.length > 1 ? " " + words[1] : "");
  }

  private ActorHit hit(Document doc, Sentence s, int i, int end, String name, String country) {
    String w = doc.tokens().get(i).text();
    String bare = head(w);
    return new ActorHit(
        s.index(),
        i,
        end,
        List.of(),
        name,
        ActorKind.ORGANIZATION,
        null,
        country,
        ActorHit.Source.GAZETTEER,
        TitledNames.preposition(doc, s, i, !bare.equals(w) && !Proclitics.startsWithAnd(w)));
  }

  /**
   * The state of the outlet: named in the masthead, the article's first line when it names a source
   * ("وكالة الأنباء العراقية"، "الوكالة العربية السورية للأنباء") or a ministry ("وزارة الخارجية -
   * دولة قطر"); null otherwise.
   */
  String home(Document doc) {
    List<org.chronology.text.Token> tokens = doc.tokens();
    int nl = doc.normalized().text().indexOf('\n');
    boolean outlet = false;
    String state = null;
    for (int t = 0; t < tokens.size() && t < MASTHEAD_WORDS && tokens.get(t).end() <= nl; t++) {
      String w = tokens.get(t).text();
      outlet |=
          lexicon.endsWith(FunctionWord.SOURCE_NOUN, w)
              || MINISTRIES.containsKey(ArabicNormalizer.key(w));
      PhraseMatcher.Match<String> dem =
          lexicon.demonyms().longestAt(tokens, doc.forms(), t, tokens.size());
      PhraseMatcher.Match<GazetteerEntry> g =
          gazetteer.matcher().longestAt(tokens, doc.forms(), t, tokens.size());
      String here =
          dem != null && dem.first() == t
              ? dem.values().get(0)
              : g != null && g.first() == t && g.values().get(0).kind() == ActorKind.COUNTRY
                  ? g.values().get(0).name()
                  : null;
      if (here != null && state != null && !here.equals(state)) {
        return null; // two states: a headline, not a masthead
      }
      state = here != null ? here : state;
    }
    return outlet ? state : null;
  }

  /**
   * "وكانت المملكة قد سحبت سفيرها": the state of that long name the article has fixed before, the
   * one of those it named most often so far (ties to the one named last), directly, through a
   * person acting for it ("وزير الخارجية الأمير فيصل بن فرحان" … "وصل إلى المملكة") or by the same
   * word; a kingdom named once in a list ("ومصر والأردن") does not take the word from the state the
   * article is about.
   */
  ActorHit stateHead(Document doc, Sentence s, int i, List<ActorHit> before) {
    String w = doc.tokens().get(i).text();
    String bare = Proclitics.withoutAndOrPreposition(w);
    String head = lexicon.is(FunctionWord.STATE_HEAD, w) ? w : bare;
    if (!lexicon.is(FunctionWord.STATE_HEAD, head)) {
      return null;
    }
    String word = withoutArticle(ArabicNormalizer.key(head));
    java.util.Map<GazetteerEntry, Integer> count = new java.util.HashMap<>();
    GazetteerEntry best = null;
    for (ActorHit h : before) {
      if (h.kind() != ActorKind.COUNTRY && h.kind() != ActorKind.PERSON) {
        continue;
      }
      String state = ArticlePair.stateOf(h);
      GazetteerEntry e = state == null ? null : gazetteer.byName(state);
      if (e != null && e.kind() == ActorKind.COUNTRY && named(e, word)) {
        int n = count.merge(e, 1, Integer::sum);
        best = best == null || n >= count.get(best) ? e : best;
      }
    }
    if (best == null) {
      return null;
    }
    return new ActorHit(
        s.index(),
        i,
        i + 1,
        List.of(best),
        doc.originalText(i, i + 1),
        ActorKind.COUNTRY,
        null,
        best.name(),
        ActorHit.Source.DEMONYM,
        null);
  }

  private static boolean named(GazetteerEntry e, String word) {
    for (String n : e.identity().aliases()) {
      for (String part : ArabicNormalizer.key(n).split(" ")) {
        if (withoutArticle(part).equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String withoutArticle(String w) {
    return Proclitics.hasArticle(w) ? w.substring(2) : w;
  }

  /** The written name without the conjunction or preposition fused to its first word. */
  private static String withoutProclitic(String written, String token, String bare) {
    int drop = token.length() - bare.length();
    int k = 0;
    while (drop > 0 && k < written.length()) {
      if (ArabicNormalizer.isArabicLetterOrMark(written.charAt(k))
          && Character.getType(written.charAt(k)) != Character.NON_SPACING_MARK) {
        drop--;
      }
      k++;
    }
    while (k < written.length()
        && Character.getType(written.charAt(k)) == Character.NON_SPACING_MARK) {
      k++;
    }
    return written.substring(k);
  }
}
