package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.Token;

/**
 * A person named in full once is written later by the surname alone ("وقال ميتسوتاكيس"، "الرئيس
 * ماكرون"): within the article that surname is that person. A surname two people of the article
 * share stays unread. A surname shaped like a state adjective ("السوداني") is the person only where
 * it cannot be an adjective: not right after a definite noun ("الوفد السوداني").
 */
record Surnames(Lexicon lexicon, Gazetteer gazetteer) {

  /** Shortest surname read alone (normalised letters). */
  private static final int MIN_SURNAME = 3;

  /** The hits with later surname mentions added and bare surnames after titles completed. */
  List<ActorHit> resolve(Document doc, List<ActorHit> hits) {
    Map<List<String>, ActorHit> byTail = new HashMap<>();
    Map<List<String>, String> fullOf = new HashMap<>();
    Set<List<String>> shared = new HashSet<>();
    for (ActorHit h : hits) {
      List<String> canonical = fullName(h);
      if (canonical.size() < 2) {
        continue;
      }
      String full = String.join(" ", canonical);
      boolean familyFirst = NameParts.familyFirst(countryOf(h));
      for (List<String> name : List.of(canonical, asWritten(h))) {
        if (name.size() < 2) {
          continue;
        }
        List<String> tail = familyFirst ? name.subList(0, 1) : tail(name);
        if (tail.size() >= name.size() || !familyFirst && !usable(tail)) {
          continue;
        }
        String before = fullOf.putIfAbsent(tail, full);
        if (before == null) {
          byTail.put(tail, h);
        } else if (!before.equals(full)) {
          shared.add(tail);
        }
      }
    }
    shared.forEach(byTail::remove);
    if (byTail.isEmpty()) {
      return hits;
    }
    List<ActorHit> out = new ArrayList<>(hits.size());
    for (ActorHit h : hits) {
      out.add(completed(h, byTail, fullOf));
    }
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        ActorHit at = covering(out, s.index(), i);
        if (at != null && at.source() != ActorHit.Source.DEMONYM && !otherBearer(at, byTail)) {
          i = at.end() - 1;
          continue;
        }
        if (otherWord(doc, s, i)) {
          continue;
        }
        for (Map.Entry<List<String>, ActorHit> e : byTail.entrySet()) {
          int end = match(doc, i, s.endToken(), e.getKey());
          if (end > i
              && (at == null || nisbaAlone(doc, s, i, at) || otherBearer(at, byTail))
              && (!lexicon.is(FunctionWord.NAME_LINK, e.getKey().get(0)) || opensName(doc, s, i))) {
            if (at != null) {
              out.remove(at);
            }
            out.add(mention(doc, s, i, end, e.getKey().get(0), e.getValue()));
            i = end - 1;
            break;
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(ActorHit::sentence).thenComparingInt(ActorHit::first));
    return out;
  }

  /** The state a person acts for, from the title or the gazetteer. */
  private static String countryOf(ActorHit h) {
    return h.country() != null || h.candidates().isEmpty()
        ? h.country()
        : h.candidates().get(0).country();
  }

  /** The words of a person's full name, without honorifics; empty for anything else. */
  private List<String> fullName(ActorHit h) {
    if (h.kind() != ActorKind.PERSON
        || h.source() != ActorHit.Source.TITLED_NAME && h.source() != ActorHit.Source.GAZETTEER) {
      return List.of();
    }
    String written =
        h.source() == ActorHit.Source.GAZETTEER && !h.candidates().isEmpty()
            ? h.candidates().get(0).name()
            : h.written();
    List<String> words = new ArrayList<>(Arrays.asList(ArabicNormalizer.key(written).split(" ")));
    while (words.size() > 1 && lexicon.is(FunctionWord.HONORIFIC, words.get(0))) {
      words.remove(0);
    }
    // a known person written by the surname alone was not named in full in this article
    return h.source() == ActorHit.Source.GAZETTEER && writtenWords(h) < 2 ? List.of() : words;
  }

  /**
   * A known person named in full in the article's own spelling ("جيحون بايراموف" for the
   * gazetteer's "جيهون بيراموف"): the words as written, so that the surname the article goes on
   * writing ("وقال بايراموف") is that person too; empty when written as the gazetteer spells it.
   */
  private List<String> asWritten(ActorHit h) {
    if (h.source() != ActorHit.Source.GAZETTEER || writtenWords(h) < 2) {
      return List.of();
    }
    List<String> words =
        new ArrayList<>(Arrays.asList(ArabicNormalizer.key(h.written()).split(" ")));
    while (words.size() > 1 && lexicon.is(FunctionWord.HONORIFIC, words.get(0))) {
      words.remove(0);
    }
    return words.equals(fullName(h)) ? List.of() : words;
  }

  private int writtenWords(ActorHit h) {
    int n = 0;
    for (String w : ArabicNormalizer.key(h.written()).split(" ")) {
      n += w.isEmpty() || lexicon.is(FunctionWord.HONORIFIC, w) ? 0 : 1;
    }
    return n;
  }

  /**
   * A known person's bare surname ("كاتس") where the article named in full another person with that
   * surname ("وزير السياحة حاييم كاتس"): within the article the surname is the latter.
   */
  private boolean otherBearer(ActorHit at, Map<List<String>, ActorHit> byTail) {
    if (at.source() != ActorHit.Source.GAZETTEER
        || at.kind() != ActorKind.PERSON
        || at.candidates().isEmpty()
        || writtenWords(at) != 1) {
      return false;
    }
    List<String> written = new ArrayList<>();
    for (String w : ArabicNormalizer.key(at.written()).split(" ")) {
      if (!w.isEmpty() && !lexicon.is(FunctionWord.HONORIFIC, w)) {
        written.add(w);
      }
    }
    ActorHit full = byTail.get(written);
    return full != null && !full.candidates().contains(at.candidates().get(0));
  }

  /**
   * The surname: the last word, with the name link before it ("بن شبات"، "ولد محمد فال" keeps its
   * link and what it binds) or with the word a name-tail needs ("جاووش أوغلو").
   */
  private List<String> tail(List<String> name) {
    int from = name.size() - 1;
    if (lexicon.is(FunctionWord.NAME_TAIL, name.get(from)) && from > 0) {
      from--;
    }
    for (int k = from - 1; k > 0 && k >= name.size() - 3; k--) {
      if (lexicon.is(FunctionWord.NAME_LINK, name.get(k))) {
        from = k;
      }
    }
    return name.subList(from, name.size());
  }

  /** A surname read alone must not be a word the lexicon knows for something else. */
  private boolean usable(List<String> tail) {
    String w = tail.get(0);
    if (tail.size() == 1 && w.length() < MIN_SURNAME) {
      return false;
    }
    for (String t : tail) {
      if (lexicon.isStopword(t) || lexicon.isModifier(t) || lexicon.is(FunctionWord.NOT_NAME, t)) {
        return false;
      }
    }
    return !lexicon.is(FunctionWord.NAME_LINK, w) || tail.size() > 1;
  }

  /**
   * A bare surname after a title ("الرئيس ماكرون") is the person named in full; so is a shorter
   * name with the same given name and surname ("الدكتور فلان الزياني" after "فلان بن راشد
   * الزياني").
   */
  private ActorHit completed(
      ActorHit h, Map<List<String>, ActorHit> byTail, Map<List<String>, String> fullOf) {
    if (h.source() != ActorHit.Source.TITLED_NAME) {
      return h;
    }
    ActorHit full = byTail.get(List.of(ArabicNormalizer.key(h.written()).split(" ")));
    List<String> name = fullName(h);
    if (full == null && name.size() >= 2) {
      for (Map.Entry<List<String>, String> e : fullOf.entrySet()) {
        List<String> words = List.of(e.getValue().split(" "));
        if (words.size() > name.size()
            && words.get(0).equals(name.get(0))
            && words.get(words.size() - 1).equals(name.get(name.size() - 1))
            && byTail.containsKey(e.getKey())) {
          full = byTail.get(e.getKey());
          break;
        }
      }
    }
    if (full == null || full == h) {
      return h;
    }
    return new ActorHit(
        h.sentence(),
        h.first(),
        h.end(),
        full.candidates(),
        full.written(),
        ActorKind.PERSON,
        h.office() != null ? h.office() : full.office(),
        h.country() != null ? h.country() : full.country(),
        full.source(),
        h.preposition());
  }

  /** The end of {@code tail} written from token {@code i} (a proclitic on its first word), or i. */
  private int match(Document doc, int i, int to, List<String> tail) {
    if (i + tail.size() > to) {
      return i;
    }
    List<Token> tokens = doc.tokens();
    String w = tokens.get(i).text();
    String first = tail.get(0);
    // Each reading below is the word or a suffix of it: a word that does not end in the surname's
    // first word is none of them (checked first, without cutting the word).
    if (!w.endsWith(first)) {
      return i;
    }
    if (!w.equals(first)
        && !Proclitics.withoutConjunction(w).equals(first)
        && !Proclitics.withoutAndOrPreposition(w).equals(first)
        && !Proclitics.withoutAndOrPreposition(Proclitics.withoutAnd(w)).equals(first)) {
      return i;
    }
    for (int k = 1; k < tail.size(); k++) {
      if (TitledNames.hasStop(doc, i + k) || !tokens.get(i + k).text().equals(tail.get(k))) {
        return i;
      }
    }
    return i + tail.size();
  }

  /**
   * A surname shaped like a state adjective is the person only where no definite noun stands right
   * before it for it to qualify.
   */
  private static boolean nisbaAlone(Document doc, Sentence s, int i, ActorHit demonym) {
    if (demonym.first() != i || !Proclitics.hasArticle(doc.tokens().get(i).text())) {
      return false;
    }
    if (i == s.firstToken() || TitledNames.hasStop(doc, i)) {
      return true;
    }
    String prev = doc.tokens().get(i - 1).text();
    for (Proclitics.Form f : Proclitics.forms(prev)) {
      if (f.definite() || Proclitics.hasArticle(f.text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * A surname led by a link ("بن شبات") starts a name only when the word before it is no given
   * name: a punctuation mark, the sentence start or a word the lexicon knows ("وأعلن بن شبات"), not
   * "محمد بن زايد" for "عبد الله بن زايد".
   */
  private boolean opensName(Document doc, Sentence s, int i) {
    if (i == s.firstToken() || TitledNames.hasStop(doc, i)) {
      return true;
    }
    int to = s.endToken();
    String prev = doc.tokens().get(i - 1).text();
    String bare = Proclitics.withoutAnd(prev);
    return lexicon.isStopword(prev)
        || lexicon.isStopword(bare)
        || lexicon.is(FunctionWord.NOT_NAME, bare)
        || lexicon.triggers().longestAt(doc.tokens(), doc.forms(), i - 1, to) != null
        || lexicon.titles().longestAt(doc.tokens(), doc.forms(), i - 1, to) != null;
  }

  /** A word the lexicon reads otherwise, or an indefinite word (tanween): no surname. */
  private boolean otherWord(Document doc, Sentence s, int i) {
    int to = s.endToken();
    return NameParts.indefinite(doc, i)
        || lexicon.triggers().longestAt(doc.tokens(), doc.forms(), i, to) != null
        || lexicon.titles().longestAt(doc.tokens(), doc.forms(), i, to) != null
        || lexicon.places().longestAt(doc.tokens(), doc.forms(), i, to) != null;
  }

  private static ActorHit covering(List<ActorHit> hits, int sentence, int t) {
    for (ActorHit h : hits) {
      if (h.sentence() == sentence && t >= h.first() && t < h.end()) {
        return h;
      }
    }
    return null;
  }

  private static ActorHit mention(
      Document doc, Sentence s, int i, int end, String first, ActorHit full) {
    String w = doc.tokens().get(i).text();
    boolean attached = !w.equals(first) && !Proclitics.withoutConjunction(w).equals(first);
    return new ActorHit(
        s.index(),
        i,
        end,
        full.candidates(),
        full.written(),
        ActorKind.PERSON,
        full.office(),
        full.country(),
        full.source(),
        TitledNames.preposition(doc, s, i, attached));
  }
}
