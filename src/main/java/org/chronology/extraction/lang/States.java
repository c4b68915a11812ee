package org.chronology.extraction.lang;

import java.util.ArrayList;
import java.util.List;
import org.chronology.text.TsvResource;

/**
 * The states of the world from {@code states.tsv}: each one's names, adjectives and capital. The
 * gazetteer adds them as country actors, the lexicon their adjectives as demonyms and their
 * capitals as places; rows of the hand-written files for the same state win.
 */
public final class States {

  /** One state. {@code demonyms}: every adjective form, the masculine definite first. */
  public record State(
      String name,
      String nameEn,
      List<String> aliases,
      List<String> demonyms,
      PlaceEntry capital) {}

  public static final String RESOURCE = Lexicon.DIR + "states.tsv";

  private static final List<State> ALL = read();

  private States() {}

  public static List<State> all() {
    return ALL;
  }

  private static List<State> read() {
    List<State> out = new ArrayList<>();
    for (String[] r : TsvResource.read(RESOURCE, 7)) {
      List<String> demonyms = new ArrayList<>();
      for (String adjective : TsvResource.list(r[3])) {
        demonyms.addAll(adjectiveForms(adjective));
      }
      PlaceEntry capital =
          r[4].isEmpty()
              ? null
              : new PlaceEntry(
                  r[4], r[5].isEmpty() ? null : r[5], r[0], TsvResource.list(r[6]), true);
      out.add(
          new State(
              r[0],
              r[1].isEmpty() ? null : r[1],
              TsvResource.list(r[2]),
              List.copyOf(demonyms),
              capital));
    }
    return List.copyOf(out);
  }

  /**
   * The four forms of a masculine indefinite adjective: definite masculine, definite feminine,
   * indefinite masculine and feminine (every word of a compound agrees: الكوري الشمالي).
   */
  static List<String> adjectiveForms(String masculine) {
    String article = org.chronology.text.Proclitics.article();
    String feminineEnding = String.valueOf(org.chronology.text.ArabicNormalizer.TEH_MARBUTA);
    String[] words = masculine.strip().split("\\s+");
    StringBuilder defM = new StringBuilder();
    StringBuilder defF = new StringBuilder();
    StringBuilder indefF = new StringBuilder();
    for (String w : words) {
      String sep = defM.isEmpty() ? "" : " ";
      defM.append(sep).append(article).append(w);
      defF.append(sep).append(article).append(w).append(feminineEnding);
      indefF.append(sep).append(w).append(feminineEnding);
    }
    return List.of(defM.toString(), defF.toString(), masculine.strip(), indefF.toString());
  }
}
