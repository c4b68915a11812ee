package org.chronology.extraction.pipeline;

/**
 * An outlet's own name written in quotation marks after the word for it ("صحيفة «…» الأمريكية"،
 * "شبكة \"…\" البريطانية"): the outlet tells of the happening and takes no part in it (the guide's
 * actors are those who take part), so neither its quoted name nor the state adjective after it is
 * read as an actor of the clause, as when the adjective follows the source noun directly.
 */
final class OutletNames {

  private OutletNames() {}

  /**
   * The token after the quoted name that opens at {@code first} (right after a source noun), or -1
   * when no quoted name opens there.
   */
  static int end(Document doc, int first, int to) {
    if (first >= to || !QuotedNames.opens(doc.gapBefore(first))) {
      return -1;
    }
    return QuotedNames.quoted(doc, first, to);
  }
}
