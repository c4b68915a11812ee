package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.extraction.lang.Suffix;
import org.chronology.extraction.lang.TitleEntry;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.Token;
import org.chronology.text.TsvResource;

/**
 * Actor references: gazetteer names and aliases; titles followed by a name (a known person, or a
 * new one whose office and country come from the title); titles without a name (the office holder,
 * resolved later against the event date); demonyms and state adjectives (the country).
 */
@Stage.Contract(
    name = "actors",
    requires = {Layer.SENTENCES, Layer.DATES},
    adds = Layer.ACTORS)
public record ActorStage(
    Lexicon lexicon, Gazetteer gazetteer, TitledNames titledNames, Institutions institutions)
    implements Stage {

  public ActorStage(Lexicon lexicon, Gazetteer gazetteer) {
    this(
        lexicon,
        gazetteer,
        new TitledNames(lexicon, gazetteer),
        new Institutions(lexicon, gazetteer));
  }

  /**
   * "فخامة الرئيس الإيراني"، "معالي الوزير": a style of address that names no office, right before
   * a title that does: that title is the one read (the style stays before it, telling a styled
   * office), so its holder is found as the guide names people, by office and state.
   */
  private PhraseMatcher.Match<TitleEntry> officeAfterStyle(
      Document doc, Sentence s, PhraseMatcher.Match<TitleEntry> title) {
    String office = title.values().get(0).office();
    if (office != null && !office.isBlank()
        || title.end() >= s.endToken()
        || TitledNames.hasStop(doc, title.end())) {
      return title;
    }
    PhraseMatcher.Match<TitleEntry> next =
        lexicon.titles().longestAt(doc.tokens(), doc.forms(), title.end(), s.endToken());
    if (next == null || next.first() != title.end()) {
      return title;
    }
    String nextOffice = next.values().get(0).office();
    return nextOffice == null || nextOffice.isBlank() || TitleEntry.LEADER.equals(nextOffice)
        ? title
        : next;
  }

  @Override
  public void process(Document doc) {
    List<ActorHit> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    String home = institutions.home(doc);
    for (Sentence s : doc.sentences()) {
      int i = s.firstToken();
      int to = s.endToken();
      boolean afterSource = false;
      int outletState = -1;
      while (i < to) {
        List<ActorHit> quoted = new QuotedNames(lexicon, gazetteer).at(doc, s, i);
        if (!quoted.isEmpty()) {
          out.addAll(quoted);
          afterSource = false;
          i = quoted.get(quoted.size() - 1).end();
          continue;
        }
        List<ActorHit> company = new StatedCompanies(lexicon, gazetteer).at(doc, s, i);
        if (!company.isEmpty()) {
          out.addAll(company); // "شركة إيني الإيطالية"
          afterSource = false;
          i = company.get(company.size() - 1).end();
          continue;
        }
        PhraseMatcher.Match<TitleEntry> title =
            lexicon.titles().longestAt(tokens, doc.forms(), i, to);
        PhraseMatcher.Match<GazetteerEntry> known =
            gazetteer.matcher().longestAt(tokens, doc.forms(), i, to);
        if (title != null && (known == null || title.end() >= known.end())) {
          int added = out.size();
          int next = titledNames.titled(doc, s, officeAfterStyle(doc, s, title), out);
          if (next > i) {
            new NamesBeforeTitles(lexicon, gazetteer).apply(doc, s, i, out, added);
            afterSource = false;
            i = next;
            continue;
          }
        }
        ActorHit institution = institutions.at(doc, s, i, to, home);
        if (institution != null && (known == null || known.end() < institution.end())) {
          out.add(institution);
          afterSource = false;
          i = institution.end();
          continue;
        }
        ActorHit head = known == null ? institutions.stateHead(doc, s, i, out) : null;
        if (head != null) {
          out.add(head);
          i = head.end();
          continue;
        }
        if (known != null) {
          List<GazetteerEntry> c = known.values();
          if (c.get(0).kind() == ActorKind.COUNTRY && afterIssue(doc, s, known.first())) {
            i = known.end(); // "الأزمة السورية" read through the alias "سورية"
            continue;
          }
          out.add(
              new ActorHit(
                  s.index(),
                  known.first(),
                  known.end(),
                  c,
                  doc.originalText(known.first(), known.end()),
                  c.get(0).kind(),
                  null,
                  null,
                  ActorHit.Source.GAZETTEER,
                  TitledNames.preposition(doc, s, known.first(), known.form().preposition())));
          afterSource = c.get(0).media() || isSourceNoun(tokens.get(known.first()).text());
          i = known.end();
          continue;
        }
        ActorHit other = known == null ? ambiguousName(doc, s, i, to, out) : null;
        if (other != null) {
          out.add(other);
          afterSource = false;
          i = other.end();
          continue;
        }
        PhraseMatcher.Match<String> dem = lexicon.demonyms().longestAt(tokens, doc.forms(), i, to);
        if (dem != null) {
          if (!afterSource && dem.first() != outletState && !afterIssue(doc, s, dem.first())) {
            out.add(stateAdjective(gazetteer, s, dem));
          }
          afterSource = false;
          i = dem.end();
          continue;
        }
        PhraseMatcher.Match<PlaceEntry> capital =
            lexicon.places().longestAt(tokens, doc.forms(), i, to);
        // "اتهمت يريفان باكو"، "حذرت وزارة الطاقة الجزائرية مدريد": a capital right after the
        // subject of an event verb (or after a capital read as its state) is its object, a state
        ActorHit prevHit = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean afterActor =
            prevHit != null
                && prevHit.sentence() == s.index()
                && prevHit.end() == i
                && !TitledNames.hasStop(doc, i)
                && (isCapital(doc, prevHit.first(), prevHit.end())
                    || prevHit.first() > s.firstToken() && acts(doc, s, prevHit.first()));
        if (capital != null
            && capital.values().get(0).capital()
            && (metonymy(doc, s, capital)
                || afterActor && !capital.form().preposition()
                || beforeVerb(doc, s, capital)
                || afterResumptiveVerb(doc, s, capital.first())
                || conjoinedCapital(doc, capital.end(), to))) {
          String country = capital.values().get(0).country();
          GazetteerEntry e = gazetteer.byName(country);
          if (e != null) {
            out.add(
                new ActorHit(
                    s.index(),
                    capital.first(),
                    capital.end(),
                    List.of(e),
                    doc.originalText(capital.first(), capital.end()),
                    ActorKind.COUNTRY,
                    null,
                    country,
                    ActorHit.Source.DEMONYM,
                    null));
            i = capital.end();
            continue;
          }
        }
        String own = ownCountry(doc, s, i, out);
        if (own != null) {
          GazetteerEntry e = gazetteer.byName(own);
          out.add(
              new ActorHit(
                  s.index(),
                  i,
                  i + 1,
                  e == null ? List.of() : List.of(e),
                  own,
                  ActorKind.COUNTRY,
                  null,
                  own,
                  ActorHit.Source.DEMONYM,
                  null));
        }
        afterSource = isSourceNoun(tokens.get(i).text());
        if (afterSource) {
          outletState = OutletNames.end(doc, i + 1, to); // "صحيفة «…» الأمريكية"
        }
        i++;
      }
    }
    doc.setActors(
        new StyledPronouns(lexicon)
            .resolve(
                doc,
                new Surnames(lexicon, gazetteer)
                    .resolve(
                        doc,
                        OutletStates.withHomeHolders(
                            gazetteer,
                            AppositiveStates.apply(doc, out),
                            home != null
                                ? home
                                : OutletStates.fromPage(lexicon, gazetteer, doc)))));
  }

  /** Nouns after which a state adjective names an issue, not an actor (issue-nouns.tsv). */
  private static final java.util.Set<String> ISSUE_NOUNS = issueNouns();

  private static java.util.Set<String> issueNouns() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String[] r : TsvResource.read(Lexicon.DIR + "issue-nouns.tsv", 1)) {
      out.add(ArabicNormalizer.key(r[0]));
    }
    return java.util.Set.copyOf(out);
  }

  /**
   * "القضية الفلسطينية"، "الأطراف اليمنية": the adjective qualifies an issue or a state's sides.
   */
  private static boolean afterIssue(Document doc, Sentence s, int at) {
    if (at <= s.firstToken() || TitledNames.hasStop(doc, at)) {
      return false;
    }
    String prev = doc.tokens().get(at - 1).text();
    return ISSUE_NOUNS.contains(ArabicNormalizer.key(prev))
        || ISSUE_NOUNS.contains(ArabicNormalizer.key(Proclitics.withoutAnd(prev)))
        || ISSUE_NOUNS.contains(ArabicNormalizer.key(Proclitics.withoutAndOrPreposition(prev)));
  }

  /** A state adjective ("الإسرائيلي") as the country it names. */
  static ActorHit stateAdjective(Gazetteer gazetteer, Sentence s, PhraseMatcher.Match<String> dem) {
    String country = dem.values().get(0);
    GazetteerEntry e = gazetteer.byName(country);
    return new ActorHit(
        s.index(),
        dem.first(),
        dem.end(),
        e == null ? List.of() : List.of(e),
        country,
        ActorKind.COUNTRY,
        null,
        country,
        ActorHit.Source.DEMONYM,
        null);
  }

  /**
   * A capital stands for its state when it acts: right after a trigger verb ("أدانت طهران"), after
   * سلطات/حكومة ("سلطات باكو") or opening a reported clause ("أن أنقرة"), not after a preposition.
   */
  private boolean metonymy(Document doc, Sentence s, PhraseMatcher.Match<PlaceEntry> m) {
    return !m.form().preposition() && m.first() > s.firstToken() && acts(doc, s, m.first());
  }

  /**
   * "لكن الدوحة سحبت قواتها": a capital, not after a preposition, directly before an event verb
   * (other than a visit's) is the subject of a clause that puts the subject first, its state.
   */
  private boolean beforeVerb(Document doc, Sentence s, PhraseMatcher.Match<PlaceEntry> m) {
    int next = m.end();
    if (TitledNames.preposition(doc, s, m.first(), m.form().preposition()) != null
        || next >= s.endToken()
        || TitledNames.hasStop(doc, next)) {
      return false;
    }
    PhraseMatcher.Match<org.chronology.extraction.lang.Trigger> t =
        lexicon.triggers().longestAt(doc.tokens(), doc.forms(), next, s.endToken());
    return t != null
        && t.first() == next
        && t.values().get(0).form().verbal()
        && t.values().get(0).type() != org.chronology.extraction.EventType.VISIT;
  }

  /**
   * "المنتدى الذي استضافته تبليسي"، "وهو ما نفته نجامينا": in a relative clause whose verb carries
   * the pronoun of the noun it tells of, the word after the verb is the verb's subject, so a
   * capital there acts and stands for its state.
   */
  private boolean afterResumptiveVerb(Document doc, Sentence s, int first) {
    if (first - 2 < s.firstToken() || TitledNames.hasStop(doc, first - 1)) {
      return false;
    }
    String verb = doc.tokens().get(first - 1).text();
    if (!lexicon.hasSuffix(Suffix.PRONOUN, verb)) {
      return false;
    }
    String relative = Proclitics.withoutConjunction(doc.tokens().get(first - 2).text());
    if (lexicon.is(FunctionWord.RELATIVE, relative)) {
      return true;
    }
    return first - 3 >= s.firstToken()
        && lexicon.is(
            FunctionWord.POINTING_BACK,
            Proclitics.withoutConjunction(doc.tokens().get(first - 3).text()) + " " + relative);
  }

  /** Token {@code first} opens what is done or said: after an event verb, سلطات or أن. */
  private boolean acts(Document doc, Sentence s, int first) {
    String prev = doc.tokens().get(first - 1).text();
    if (lexicon.endsWith(FunctionWord.AUTHORITY, prev)
        || lexicon.is(FunctionWord.COMPLEMENTIZER, prev)
        || lexicon.isBareOrJoined(FunctionWord.STATE_VERB, prev)) {
      return true; // "سلطات باكو"; "أعلن أن أنقرة قررت": the subject of what was said
    }
    if (lexicon.is(FunctionWord.WAS, Proclitics.withoutAnd(prev))
        && first + 1 < s.endToken()
        && lexicon.is(FunctionWord.PERFECT, doc.tokens().get(first + 1).text())) {
      return true; // "وكانت طهران قد أفرجت": the subject of a past perfect
    }
    for (int k = Math.max(s.firstToken(), first - 3); k < first; k++) {
      PhraseMatcher.Match<org.chronology.extraction.lang.Trigger> t =
          lexicon.triggers().longestAt(doc.tokens(), doc.forms(), k, first);
      if (t != null
          && t.end() == first
          && t.values().get(0).form().verbal()
          && t.values().get(0).type() != org.chronology.extraction.EventType.VISIT) {
        return true;
      }
    }
    return false;
  }

  /**
   * A state's name that is another word too (ambiguous-names.tsv): written with the vowels of the
   * alias ("عُمان", not Amman); a name that is a common word ("مالي") also where the word cannot
   * stand: after a preposition, opening what is done or said, or joined by و to another state.
   */
  private ActorHit ambiguousName(Document doc, Sentence s, int i, int to, List<ActorHit> before) {
    String w = doc.tokens().get(i).text();
    String bare = Proclitics.withoutAndOrPreposition(w);
    List<Gazetteer.Ambiguous> named = gazetteer.ambiguous(ArabicNormalizer.key(w));
    boolean attached = false;
    if (named.isEmpty() && !bare.equals(w)) {
      named = gazetteer.ambiguous(ArabicNormalizer.key(bare));
      attached = !Proclitics.withoutAnd(w).equals(bare);
    }
    if (named.isEmpty()) {
      return null;
    }
    Gazetteer.Ambiguous a = named.get(0);
    String written = doc.originalText(i, i + 1);
    String vowels = vowels(a.written());
    boolean vowelled = !vowels.isEmpty() && vowels.equals(vowels(written));
    String preposition = TitledNames.preposition(doc, s, i, attached);
    boolean free =
        !a.place()
            && (preposition != null
                || i == s.firstToken()
                || !TitledNames.hasStop(doc, i) && acts(doc, s, i)
                || joinedToState(doc, s, i, to, before));
    if (!vowelled && !free) {
      return null;
    }
    return new ActorHit(
        s.index(),
        i,
        i + 1,
        List.of(a.entry()),
        written,
        a.entry().kind(),
        null,
        null,
        ActorHit.Source.GAZETTEER,
        preposition);
  }

  /** The vowel marks of a word, in order ("عُمان" → damma): what tells it from its homograph. */
  private static String vowels(String written) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < written.length(); k++) {
      if (ArabicNormalizer.isHaraka(written.charAt(k))) {
        b.append(written.charAt(k));
      }
    }
    return b.toString();
  }

  /** "مالي والنيجر"، "الجزائر ومالي": joined by و to a state named right before or after. */
  private boolean joinedToState(Document doc, Sentence s, int i, int to, List<ActorHit> before) {
    ActorHit prev = before.isEmpty() ? null : before.get(before.size() - 1);
    if (prev != null
        && prev.sentence() == s.index()
        && prev.end() == i
        && prev.kind() == ActorKind.COUNTRY
        && Proclitics.startsWithAnd(doc.tokens().get(i).text())) {
      return true;
    }
    if (i + 1 >= to
        || TitledNames.hasStop(doc, i + 1)
        || !Proclitics.startsWithAnd(doc.tokens().get(i + 1).text())) {
      return false;
    }
    PhraseMatcher.Match<GazetteerEntry> next =
        gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), i + 1, to);
    return next != null
        && next.first() == i + 1
        && next.values().get(0).kind() == ActorKind.COUNTRY;
  }

  /** "بلاده" after a person of known country: that country. */
  private String ownCountry(Document doc, Sentence s, int i, List<ActorHit> out) {
    String w = doc.tokens().get(i).text();
    String bare = Proclitics.withoutAndOrPreposition(w);
    if (!lexicon.namesOwnCountry(w) && !lexicon.namesOwnCountry(bare)) {
      return null;
    }
    for (int k = out.size() - 1; k >= 0; k--) {
      ActorHit h = out.get(k);
      if (h.sentence() != s.index()) {
        break;
      }
      if (h.kind() == ActorKind.PERSON) {
        if (h.country() != null) {
          return h.country();
        }
        return h.candidates().isEmpty() ? null : h.candidates().get(0).country();
      }
    }
    return null;
  }

  /**
   * "القاهرة والدوحة"، "بين الرباط وتل أبيب": two capitals joined by و stand for their states, as
   * the governments of a relationship.
   */
  private boolean conjoinedCapital(Document doc, int next, int to) {
    if (next >= to
        || TitledNames.hasStop(doc, next)
        || !Proclitics.startsWithAnd(doc.tokens().get(next).text())) {
      return false;
    }
    PhraseMatcher.Match<PlaceEntry> m =
        lexicon.places().longestAt(doc.tokens(), doc.forms(), next, to);
    return m != null && m.first() == next && m.values().get(0).capital();
  }

  private boolean isCapital(Document doc, int first, int end) {
    PhraseMatcher.Match<PlaceEntry> m =
        lexicon.places().longestAt(doc.tokens(), doc.forms(), first, end);
    return m != null && m.end() == end && m.values().get(0).capital();
  }

  private boolean isSourceNoun(String w) {
    return lexicon.endsWith(FunctionWord.SOURCE_NOUN, w);
  }
}
