package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.lang.Lexicon;

/** A person's written name: honorifics dropped from it, other spellings kept as aliases. */
final class HonoredNames {

  private HonoredNames() {}

  /** A run of white space, compiled once (String.split and replaceAll compile per call). */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * A known person written in a spelling the entry does not list ("مولود تشاووش أوغلو") keeps that
   * spelling among its aliases: the guide makes spelling variants aliases of one actor.
   */
  static ResolvedActor withWritten(ResolvedActor a, String written) {
    if (a.kind() != ActorKind.PERSON || written == null || written.isBlank()) {
      return a;
    }
    String key = org.chronology.text.ArabicNormalizer.key(written);
    if (key.equals(org.chronology.text.ArabicNormalizer.key(a.name()))) {
      return a;
    }
    for (String alias : a.aliases()) {
      if (key.equals(org.chronology.text.ArabicNormalizer.key(alias))) {
        return a;
      }
    }
    List<String> aliases = new ArrayList<>(a.aliases());
    aliases.add(written.strip());
    return new ResolvedActor(
        a.entry(), a.identity().withAliases(aliases), a.role(), a.first(), a.end());
  }

  /** A new person written with honorifics is named without them; the written form is an alias. */
  static ResolvedActor honoured(Lexicon lexicon, ResolvedActor a) {
    String bare = withoutHonorifics(lexicon, a.name());
    if (bare.equals(a.name().strip())) {
      return a;
    }
    ActorIdentity id =
        new ActorIdentity(bare, a.nameEn(), a.kind(), a.office(), a.country(), List.of(a.name()));
    return new ResolvedActor(a.entry(), id, a.role(), a.first(), a.end());
  }

  /** "الملك سلمان بن عبد العزيز" → "سلمان بن عبد العزيز". */
  static String withoutHonorifics(Lexicon lexicon, String written) {
    if (written == null) {
      return null;
    }
    String[] words = SPACES.split(written.strip());
    int k = 0;
    while (k < words.length - 1
        && lexicon.is(
            org.chronology.extraction.lang.FunctionWord.HONORIFIC,
            org.chronology.text.ArabicNormalizer.key(words[k]))) {
      k++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
  }
}
