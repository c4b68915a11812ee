package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Clause;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Whether a signed document {@link EventSegmentStage} reads as a deal is about relations between
 * states, which makes it the guide's relations established (diplomatic), not a deal.
 *
 * <p>Why a class of its own: it decides a draft's type from the words that say what the document
 * is, which may stand far after its noun (a relative clause, the next clause), apart from which
 * clauses make the draft.
 */
record RelationsDocuments(Lexicon lexicon) {

  /**
   * How far after a signing or a document the words that say what it is about may stand (a relative
   * clause with its signatories, place and day lies between: "الاتفاق الذي أعلنته الرياض وطهران في
   * بكين في العاشر من مارس الماضي على استئناف علاقاتهما الدبلوماسية").
   */
  private static final int DOCUMENT_REACH = 18;

  /**
   * A signed document about relations between states ("وقعتا البيان المشترك بشأن إقامة العلاقات
   * الدبلوماسية") is the guide's relations established (diplomatic), not a deal: ties and
   * "diplomatic" in the head's clause. A peace or normalisation instrument ("معاهدة السلام
   * والعلاقات الدبلوماسية"، "اتفاق التطبيع") is a signed agreement, the guide's deal, whatever
   * relations it also names.
   */
  boolean about(Document doc, Sentence s, TriggerHit head) {
    int from = head.first();
    int end = Math.min(s.endToken(), head.end() + DOCUMENT_REACH);
    List<Clause> clauses = s.clauses();
    for (int k = 0; k < clauses.size(); k++) {
      Clause c = clauses.get(k);
      if (c.firstToken() <= head.first() && head.first() < c.endToken()) {
        from = Math.max(c.firstToken(), head.first() - 2);
        end = Math.min(end, c.endToken());
        if (k + 1 < clauses.size() && relativeOpens(doc, clauses.get(k + 1))) {
          // "للاتفاق الذي وقعته طهران والرياض في …، والذي نص على استئناف العلاقات الدبلوماسية":
          // the relative clause after the comma still tells what the document is
          Clause next = clauses.get(k + 1);
          end =
              Math.min(s.endToken(), Math.min(next.endToken(), next.firstToken() + DOCUMENT_REACH));
        }
      }
    }
    if (PeaceInstruments.named(lexicon, doc, from, end)) {
      return false;
    }
    for (int i = from; i < end; i++) {
      String w = Proclitics.withoutConjunction(doc.tokens().get(i).text());
      if (lexicon.is(FunctionWord.SINCE, w)) {
        return false; // "منذ إقامة العلاقات الدبلوماسية": the relations are older than the deal
      }
      if (i > from
          && reads(doc, FunctionWord.DIPLOMATIC, i)
          && reads(doc, FunctionWord.TIES, i - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean relativeOpens(Document doc, Clause c) {
    return c.firstToken() < c.endToken()
        && lexicon.is(
            FunctionWord.RELATIVE,
            Proclitics.withoutConjunction(doc.tokens().get(c.firstToken()).text()));
  }

  private boolean reads(Document doc, FunctionWord kind, int i) {
    return EventSegmentStage.reads(lexicon, doc, kind, i);
  }
}
