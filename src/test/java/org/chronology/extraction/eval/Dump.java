package org.chronology.extraction.eval;

import java.nio.file.Path;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.ExtractedEvent;

/** Prints the events of a corpus folder, for reading what the extractor does. */
public final class Dump {

  private Dump() {}

  public static void main(String[] args) throws Exception {
    ArabicEventExtractor x = ArabicEventExtractor.standard();
    for (ArticleText a : CorpusArticle.read(Path.of(args.length > 0 ? args[0] : "corpus"))) {
      System.out.println("=== " + a.source() + " published " + a.publishedOn());
      for (ExtractedEvent e : x.extract(a)) {
        System.out.printf(
            "%s %s %.2f [%s..%s %s '%s'] @%s | %s%n",
            e.type().code(),
            e.status().code(),
            e.confidence(),
            e.date().start(),
            e.date().end(),
            e.date().precision().code(),
            e.date().text(),
            e.location() == null ? "-" : e.location().name(),
            e.title());
        StringBuilder b = new StringBuilder("    actors:");
        for (ActorMention m : e.actors()) {
          b.append(' ')
              .append(m.name())
              .append('(')
              .append(m.role() == null ? "-" : m.role().code())
              .append(m.span() == null ? ",implied" : "")
              .append(')');
        }
        System.out.println(b);
        String t = e.evidence().text();
        System.out.println("    ev: " + (t.length() > 150 ? t.substring(0, 150) + "…" : t));
      }
    }
  }
}
