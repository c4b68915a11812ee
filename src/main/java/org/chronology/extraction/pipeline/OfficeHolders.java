package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TitleEntry;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Who holds an office in an article, for {@link EventActorStage}: the office a person named holds
 * on the event's date (his title's, the gazetteer's for his term, a counterpart's taken from the
 * one he meets), his state (his own, or one of the article's two states after a dual title), and
 * the person a title written without a name stands for (the holder of that office the article
 * names). A title alone or a dual ("الرئيسان") is resolved to a person only through these.
 */
record OfficeHolders(Gazetteer gazetteer, Lexicon lexicon) {

  /**
   * The person of hit {@code h} holds an office of that kind ("وزير الخارجية" for "وزير"; any
   * leader's office for {@link TitleEntry#LEADER}).
   */
  boolean holds(Document doc, ActorHit h, String office, LocalDate when) {
    String own = h.office();
    if (own == null && !h.candidates().isEmpty()) {
      own = h.candidates().get(0).office();
    }
    if (own == null && counterpart(doc, h)) {
      // "ونظيره الكويتي فلان": he holds the office of the one he is the counterpart of
      own = counterpartOffice(doc, doc.sentences().get(h.sentence()), h, when);
    }
    if (own != null && TitleEntry.LEADER.equals(office)) {
      return lexicon.is(FunctionWord.LEADER_OFFICE, ArabicNormalizer.key(own));
    }
    return own != null && own.startsWith(office);
  }

  /** The name of {@code h} is written after a counterpart's title ("ونظيره الكويتي فلان"). */
  private boolean counterpart(Document doc, ActorHit h) {
    for (int t = h.first(); t < h.end(); t++) {
      var title = lexicon.titles().longestAt(doc.tokens(), doc.forms(), t, h.end());
      if (title != null
          && title.first() == t
          && TitleEntry.COUNTERPART.equals(title.values().get(0).office())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "الرئيس الأذربيجاني" without a name, in an article that names him ("الرئيس الأذربيجاني فلان"):
   * that person, the one named last before the title, else the first named after it. The same
   * office of the same state only; a title-only mention is no name. A person named after a
   * counterpart's title ("ونظيره الصومالي فلان") holds the office of the one he is the counterpart
   * of, so "الوزير الصومالي" later in the article is he.
   */
  ActorHit namedHolder(Document doc, ActorHit title, String office, LocalDate when) {
    // "جلالة الملك"، "سمو الأمير" with no state: the one holder of that office the article names
    Set<String> holders = new HashSet<>();
    ActorHit before = null;
    ActorHit after = null;
    for (ActorHit h : doc.actors()) {
      if (h.kind() != ActorKind.PERSON
          || h.source() != ActorHit.Source.TITLED_NAME && h.source() != ActorHit.Source.GAZETTEER
          || !holds(office, heldOffice(doc, h, when), lexicon)
          || title.country() != null && !title.country().equals(stateOf(doc, h))) {
        continue;
      }
      boolean earlier =
          h.sentence() < title.sentence()
              || h.sentence() == title.sentence() && h.end() <= title.first();
      if (!earlier && title.country() == null && !styled(doc, title)) {
        continue; // "وقال الوزير": the one minister named by then, not one the article names later
      }
      holders.add(h.candidates().isEmpty() ? h.written() : h.candidates().get(0).name());
      if (earlier) {
        before = h;
      } else if (after == null) {
        after = h;
      }
    }
    if (title.country() == null && holders.size() != 1) {
      return null;
    }
    return before != null ? before : after;
  }

  /** A style of address (جلالة، سمو، فخامة) is written right before the title of {@code h}. */
  private boolean styled(Document doc, ActorHit h) {
    Sentence s = doc.sentences().get(h.sentence());
    return h.first() > s.firstToken()
        && lexicon.is(
            FunctionWord.STYLE,
            Proclitics.withoutAndOrPreposition(doc.tokens().get(h.first() - 1).text()));
  }

  /** The title's office is the person's, or a minister without portfolio covers his portfolio. */
  private static boolean holds(String office, String held, Lexicon lexicon) {
    return office.equals(held)
        || held != null && lexicon.coversPortfolios(office) && held.startsWith(office + " ");
  }

  /** The office of the person of {@code h}, a counterpart's taken from the one he meets. */
  private String heldOffice(Document doc, ActorHit h, LocalDate when) {
    String own = officeOf(doc, h, when);
    if (own == null && h.source() == ActorHit.Source.TITLED_NAME && counterpart(doc, h)) {
      String theirs = counterpartOffice(doc, doc.sentences().get(h.sentence()), h, when);
      return theirs == null || theirs.startsWith("@") ? null : theirs;
    }
    return own;
  }

  /**
   * The office the person of {@code h} holds on {@code when}: his title's, else the gazetteer's for
   * his term, or in the article's own year as a title written right after his name gives it ("فلان
   * أمير دولة الكويت"); a name written without a title of a happening of another year holds no
   * office we know ("أفيغدور ليبرمان" in 2010 was not the finance minister the gazetteer lists him
   * as for 2021-2022).
   */
  private String officeOf(Document doc, ActorHit h, LocalDate when) {
    if (h.office() != null || h.candidates().isEmpty()) {
      return h.office();
    }
    GazetteerEntry e = Gazetteer.disambiguate(h.candidates(), when);
    if (when == null || e.activeOn(when)) {
      return e.office();
    }
    LocalDate published = doc.article().publishedOn();
    boolean now = published == null || when.getYear() == published.getYear();
    return now && titledAfter(doc, h, e.office()) ? e.office() : null;
  }

  /**
   * The name of {@code h} is followed, a comma between or not, by a title of {@code office} or by
   * the office itself in construct ("فلان، وزير المالية الإسرائيلي"، "فلان أمير دولة الكويت"): the
   * article gives him that office in its own time.
   */
  private boolean titledAfter(Document doc, ActorHit h, String office) {
    int to = doc.sentences().get(h.sentence()).endToken();
    if (office == null || h.end() >= to || !TitledNames.onlyComma(doc.gapBefore(h.end()))) {
      return false;
    }
    var t = lexicon.titles().longestAt(doc.tokens(), doc.forms(), h.end(), to);
    return t != null && t.first() == h.end() && office.equals(TitledNames.office(t.values().get(0)))
        || ArabicNormalizer.key(office)
            .equals(ArabicNormalizer.key(doc.tokens().get(h.end()).text()));
  }

  /** Words a dual title's state may stand after, before the names ("وزيرا الدفاع في البلدين"). */
  private static final int PAIR_REACH = 4;

  /**
   * The state of the person of {@code h}: his own, else, named after a dual title of the two states
   * the article is about ("وزيرا خارجية البلدين فلان وعلان"), the one of the pair the other holder
   * does not hold, or the pair's states in the order the names are written.
   */
  String stateOf(Document doc, ActorHit h) {
    String own = countryOf(h);
    if (own != null
        || h.kind() != ActorKind.PERSON
        || !DualTitles.dual(lexicon, doc, h.first())
        || !afterPair(doc, h)) {
      return own;
    }
    List<ActorHit> holders = new ArrayList<>();
    for (ActorHit o : doc.actors()) {
      if (o.sentence() == h.sentence()
          && o.first() == h.first()
          && o.kind() == ActorKind.PERSON
          && o.source() != ActorHit.Source.TITLE_ONLY) {
        holders.add(o);
      }
    }
    List<GazetteerEntry> pair = ArticlePair.of(doc, gazetteer);
    int k = holders.indexOf(h);
    if (holders.size() != 2 || pair.size() != 2 || k < 0) {
      return null;
    }
    String other = countryOf(holders.get(1 - k));
    if (other != null) {
      String a = pair.get(0).name();
      String b = pair.get(1).name();
      return other.equals(a) ? b : other.equals(b) ? a : null;
    }
    return pair.get(k).name();
  }

  /** A word for the article's two states ("البلدين") right after the dual title of {@code h}. */
  private boolean afterPair(Document doc, ActorHit h) {
    int to = Math.min(h.end(), h.first() + PAIR_REACH);
    for (int t = h.first() + 1; t < to; t++) {
      if (lexicon.namesPair(ArabicNormalizer.key(doc.tokens().get(t).text()))) {
        return true;
      }
    }
    return false;
  }

  private static String countryOf(ActorHit h) {
    return h.country() != null || h.candidates().isEmpty()
        ? h.country()
        : h.candidates().get(0).country();
  }

  String counterpartOffice(Document doc, Sentence s, ActorHit self, LocalDate when) {
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == s.index() && h != self && h.kind() == ActorKind.PERSON) {
        if (h.office() != null && !h.office().startsWith("@")) {
          return h.office();
        }
        if (!h.candidates().isEmpty()) {
          return Gazetteer.disambiguate(h.candidates(), when).office();
        }
      }
    }
    return null;
  }
}
