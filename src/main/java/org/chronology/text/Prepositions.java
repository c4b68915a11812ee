package org.chronology.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The prepositions of {@code lang/ar/prepositions.tsv} (listed once for the whole extractor),
 * normalised: the free-standing ones, the attached ones (proclitics), which introduce a participant
 * of an event and which a destination.
 */
public final class Prepositions {

  private static final String PATH = "/lang/ar/prepositions.tsv";
  private static final Set<String> FREE;
  private static final List<String> ATTACHED;
  private static final Set<String> OBJECT;
  private static final Set<String> DESTINATION;
  private static final String FUSING_ARTICLE;

  static {
    Set<String> free = new HashSet<>();
    List<String> attached = new ArrayList<>();
    Set<String> object = new HashSet<>();
    Set<String> destination = new HashSet<>();
    String fusing = null;
    for (String[] r : TsvResource.read(PATH, 3)) {
      String w = ArabicNormalizer.key(r[0]);
      switch (r[1]) {
        case "free" -> free.add(w);
        case "attached" -> attached.add(w);
        default -> throw new IllegalStateException(PATH + ": " + r[0] + ": free or attached?");
      }
      List<String> kinds = TsvResource.list(r[2]);
      if (kinds.contains("object")) {
        object.add(w);
      }
      if (kinds.contains("destination")) {
        destination.add(w);
      }
      if (kinds.contains("fuses-article")) {
        fusing = w;
      }
    }
    if (fusing == null) {
      throw new IllegalStateException(PATH + ": no preposition fuses with the article");
    }
    FREE = Set.copyOf(free);
    ATTACHED = List.copyOf(attached);
    OBJECT = Set.copyOf(object);
    DESTINATION = Set.copyOf(destination);
    FUSING_ARTICLE = fusing;
  }

  private Prepositions() {}

  /** A free-standing preposition (normalised word). */
  public static boolean isFree(String word) {
    return FREE.contains(word);
  }

  /** The attached prepositions, in file order. */
  public static List<String> attached() {
    return ATTACHED;
  }

  /** A preposition introducing a participant of the event (إلى، مع، ضد، ب، ل …). */
  public static boolean introducesObject(String preposition) {
    return OBJECT.contains(preposition);
  }

  /** A preposition of destination (إلى). */
  public static boolean isDestination(String word) {
    return DESTINATION.contains(word);
  }

  /** The attached preposition that drops the article's alef (ل + ال = لل). */
  static String fusingArticle() {
    return FUSING_ARTICLE;
  }
}
