package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Companies, groups and bodies the gazetteer lacks, named in quotation marks after the word for
 * what they are (شركة "…"، جماعة "…"، شركتا "…" و"…"), or whose quoted name opens with that word
 * ("منتدى …"): the quoted name is the actor, as outlets write it.
 */
record QuotedNames(Lexicon lexicon, Gazetteer gazetteer) {

  /** Words of a quoted name. */
  private static final int MAX_NAME = 6;

  private static final String OPENING = "\"«“";

  private static final String CLOSING = "\"»”";

  /** The actors named from token {@code i} on (empty when none). */
  List<ActorHit> at(Document doc, Sentence s, int i) {
    ActorKind head = kind(doc.tokens().get(i).text());
    if (head == null) {
      return List.of(); // neither a head word nor a quoted name opening with one
    }
    List<ActorHit> out = new ArrayList<>();
    int to = s.endToken();
    if (i + 1 < to && opens(doc.gapBefore(i + 1))) {
      int first = i + 1;
      while (first > 0 && !known(doc, first, to)) {
        int end = quoted(doc, first, to);
        if (end < 0) {
          break;
        }
        out.add(hit(doc, s, first, end, head));
        int after = end;
        ActorHit state = stateOf(doc, s, end, to);
        if (state != null) {
          out.add(state); // "شركتا \"…\" الإسرائيلية و\"…\"": each name's state adjective
          after = state.end();
        }
        first = nextQuoted(doc, after, to);
      }
      return out;
    }
    if (opens(doc.gapBefore(i))) {
      int end = known(doc, i, to) ? -1 : quoted(doc, i, to);
      if (end > i + 1) {
        out.add(hit(doc, s, i, end, head));
      }
    }
    return out;
  }

  /** A name the gazetteer knows is read as such. */
  private boolean known(Document doc, int first, int to) {
    return gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), first, to) != null;
  }

  /** The kind of actor the word names (شركة → company), or null. */
  private ActorKind kind(String w) {
    String bare = Proclitics.withoutAndOrPreposition(w);
    for (String form : bare.equals(w) ? List.of(w) : List.of(w, bare)) {
      if (lexicon.is(FunctionWord.COMPANY_HEAD, form)) {
        return ActorKind.COMPANY;
      }
      if (lexicon.is(FunctionWord.GROUP_HEAD, form)) {
        return ActorKind.GROUP;
      }
      if (lexicon.is(FunctionWord.BODY_HEAD, form)) {
        return ActorKind.ORGANIZATION;
      }
    }
    return null;
  }

  /** The end of a quoted name starting at {@code first}, or -1 when the quote does not close. */
  static int quoted(Document doc, int first, int to) {
    for (int j = first + 1; j <= Math.min(to, first + MAX_NAME); j++) {
      String gap = j < doc.tokens().size() ? doc.gapBefore(j) : "";
      if (closes(gap)) {
        return j;
      }
      if (j == to || !gap.isBlank()) {
        return -1;
      }
    }
    return -1;
  }

  /** The state adjective right after a quoted name, as the country it names, or null. */
  private ActorHit stateOf(Document doc, Sentence s, int j, int to) {
    if (j >= to) {
      return null;
    }
    PhraseMatcher.Match<String> dem =
        lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), j, to);
    if (dem == null || dem.first() != j) {
      return null;
    }
    return ActorStage.stateAdjective(gazetteer, s, dem);
  }

  /** The first token of the next quoted name of a list: و then a quote (و"…"), or -1. */
  private static int nextQuoted(Document doc, int j, int to) {
    if (j + 1 < to
        && doc.tokens().get(j).text().equals(Proclitics.and())
        && opens(doc.gapBefore(j + 1))) {
      return j + 1;
    }
    return -1;
  }

  static ActorHit hit(Document doc, Sentence s, int first, int end, ActorKind kind) {
    return new ActorHit(
        s.index(),
        first,
        end,
        List.of(),
        doc.originalText(first, end),
        kind,
        null,
        null,
        ActorHit.Source.GAZETTEER,
        null);
  }

  static boolean opens(String gap) {
    return has(gap, OPENING);
  }

  private static boolean closes(String gap) {
    return has(gap, CLOSING);
  }

  private static boolean has(String gap, String chars) {
    for (int k = 0; k < gap.length(); k++) {
      if (chars.indexOf(gap.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
