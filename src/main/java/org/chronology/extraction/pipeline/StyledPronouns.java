package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * A style of address with an attached pronoun ("وشهد جلالته التوقيع"، "ووجه فخامته دعوة"، "وكان
 * سموه قد وقّع") stands for a person the article has already styled so: the one it last named
 * before it with that style written before the name ("جلالة الملك فلان"، "صاحب السمو الشيخ فلان"),
 * or holding an office of that style (anaphora.tsv, style-office). That person is the one who acts,
 * an actor of the happening as the guide counts people; with no such person before it, it stays
 * unread.
 */
record StyledPronouns(Lexicon lexicon) {

  /**
   * How many words before a name its style of address may stand ("صاحب السمو الملكي ولي العهد").
   */
  private static final int STYLE_REACH = 2;

  /** The hits with a hit added on each styled pronoun whose person the article named before. */
  List<ActorHit> resolve(Document doc, List<ActorHit> hits) {
    List<ActorHit> added = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (int t = s.firstToken(); t < s.endToken(); t++) {
        String w = doc.tokens().get(t).text();
        String and = Proclitics.startsWithAnd(w) ? Proclitics.withoutAnd(w) : w;
        String bare =
            lexicon.styleOfPronoun(and) != null ? and : Proclitics.withoutAndOrPreposition(and);
        String style = lexicon.styleOfPronoun(bare);
        if (style == null || covered(hits, s.index(), t) || framedOrAttended(doc, s, t)) {
          continue;
        }
        ActorHit person = lastStyled(doc, hits, s.index(), t, style);
        if (person == null) {
          continue;
        }
        boolean attached = !and.equals(bare);
        added.add(
            new ActorHit(
                s.index(),
                t,
                t + 1,
                person.candidates(),
                person.written(),
                ActorKind.PERSON,
                person.office(),
                person.country(),
                person.source(),
                TitledNames.preposition(doc, s, t, attached)));
      }
    }
    if (added.isEmpty()) {
      return hits;
    }
    List<ActorHit> out = new ArrayList<>(hits);
    out.addAll(added);
    out.sort(Comparator.comparingInt(ActorHit::sentence).thenComparingInt(ActorHit::first));
    return out;
  }

  /**
   * "بحضور جلالته": after a word of presence the person attends the happening; the dev conventions
   * list participants, not mere attendees. "وتأتي زيارة جلالته بعد …": the happening a framing verb
   * opens with is one already told, its people read there; the sentence places another happening
   * beside it.
   */
  private boolean framedOrAttended(Document doc, Sentence s, int t) {
    if (t <= s.firstToken()) {
      return false;
    }
    if (t - 2 >= s.firstToken() && lexicon.is(FunctionWord.FRAMING, bare(doc, t - 2))) {
      return true;
    }
    return lexicon.marksAttendance(bare(doc, t - 1));
  }

  private static String bare(Document doc, int t) {
    String w = doc.tokens().get(t).text();
    return Proclitics.startsWithAnd(w) ? Proclitics.withoutAnd(w) : w;
  }

  private static boolean covered(List<ActorHit> hits, int sentence, int t) {
    for (ActorHit h : hits) {
      if (h.sentence() == sentence && h.first() <= t && t < h.end()) {
        return true;
      }
    }
    return false;
  }

  /** The person named last before token {@code t} with {@code style} or an office of it. */
  private ActorHit lastStyled(
      Document doc, List<ActorHit> hits, int sentence, int t, String style) {
    ActorHit last = null;
    for (ActorHit h : hits) {
      boolean before = h.sentence() < sentence || h.sentence() == sentence && h.end() <= t;
      if (!before || h.kind() != ActorKind.PERSON || h.source() == ActorHit.Source.DEMONYM) {
        continue;
      }
      if (writtenWithStyle(doc, hits, h, style) || lexicon.styledOffice(style, officeOf(h))) {
        last = h;
      }
    }
    return last;
  }

  /**
   * The style (or it with the article: "صاحب السمو الملكي") is written just before the name, with
   * no other person between ("جلالة السلطان والرئيس فلان" styles the sultan only).
   */
  private static boolean writtenWithStyle(
      Document doc, List<ActorHit> hits, ActorHit h, String style) {
    int from = Math.max(doc.sentences().get(h.sentence()).firstToken(), h.first() - STYLE_REACH);
    for (int i = h.first() - 1; i >= from; i--) {
      String w = Proclitics.withoutAndOrPreposition(doc.tokens().get(i).text());
      if (w.equals(style) || w.equals(Proclitics.article() + style)) {
        return true;
      }
      if (covered(hits, h.sentence(), i)) {
        return false;
      }
    }
    return false;
  }

  private static String officeOf(ActorHit h) {
    return h.office() != null || h.candidates().isEmpty()
        ? h.office()
        : h.candidates().get(0).office();
  }
}
