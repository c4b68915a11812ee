package org.chronology.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import org.chronology.text.ArabicNormalizer;

/** What the resolver families share: the lexicon, group access and the year-relative forms. */
abstract class Resolver {

  /** A year given relatively after a month or a date ("من العام الماضي"). */
  enum YearRel {
    PAST,
    NEXT,
    BEFORE_LAST,
    AFTER_NEXT,
    CURRENT,
    /** "من العام الموالي": the year after the one last mentioned. */
    FOLLOWING,
    SAME,
    INVALID
  }

  final TimeLexicon lex;

  /** Places a date without its year ahead of the publication when a future verb governs it. */
  private final FutureContext future;

  Resolver(TimeLexicon lex) {
    this.lex = lex;
    this.future = new FutureContext(lex);
  }

  /** Whether a future verb or cue governs the phrase matched by {@code m}. */
  boolean inFuture(Matcher m, Rule.Ctx c) {
    return future.before(c.s(), m.start("e"));
  }

  /** A named group, or null when the pattern has no such group or it did not take part. */
  static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static Cand absolute(Matcher m, Interval iv, boolean approximate) {
    return Cand.absolute(m.start("e"), m.end("e"), iv, approximate);
  }

  /** A phrase that needs the publication date; unresolved when there is none. */
  static Cand relative(
      Matcher m, Rule.Ctx c, Function<LocalDate, Interval> resolve, boolean approximate) {
    if (c.pub() == null) {
      return Cand.unresolved(m.start("e"), m.end("e"), approximate);
    }
    return Cand.resolved(m.start("e"), m.end("e"), resolve.apply(c.pub()), approximate, c.pub());
  }

  /** How many periods a relative word moves: الماضي −1, قبل الماضي −2, المقبل +1, بعد المقبل +2. */
  static int shift(String rel) {
    if (rel == null) {
      return 0;
    }
    return switch (rel) {
      case "PAST" -> -1;
      case "NEXT" -> 1;
      case "BEFORE_LAST" -> -2;
      case "AFTER_NEXT" -> 2;
      default -> 0;
    };
  }

  /** "منذ" opens the interval: it starts at the phrase and has no end. */
  static Cand open(Cand c, boolean since) {
    if (c == null || !since || c.start() == null) {
      return c;
    }
    return c.open();
  }

  /**
   * The relative word of a day of a month ("الـ5 من الشهر الجاري"); with the month noun left out
   * ("يوم 5 الجاري") only after a word that introduces a day, else null.
   */
  String monthRelative(Matcher m, Rule.Ctx c) {
    if (m.group("rel2") == null) {
      return TimeLexicon.lookup(lex.relative, m.group("rel"));
    }
    boolean day = precededBy(c.s(), m.start("e"), lex.cues.get("DAY_OF_MONTH_REL_BEFORE"));
    return day ? TimeLexicon.lookup(lex.relative, m.group("rel2")) : null;
  }

  /** True when the word before {@code pos} (or that word without "و") is one of {@code words}. */
  boolean precededBy(String s, int pos, Set<String> words) {
    String w = Words.previousWord(s, pos);
    if (w == null) {
      return false;
    }
    return words.contains(w) || words.contains(Words.without(w, lex.word("AND")));
  }

  /**
   * The day an ordinal gives ("الخامس من يونيو" = 5, "غرة رمضان" = 1); 0 when the match has none;
   * -1 when it is no day: after a noun that makes it count something else ("الأسبوع الأول من
   * مايو"), or written without "من" when the ordinal needs it (only DAY_WITHOUT_OF may omit it).
   */
  int ordinalDay(Matcher m, Rule.Ctx c) {
    String ord = group(m, "dord");
    if (ord == null) {
      return 0;
    }
    if (precededBy(c.s(), m.start("e"), lex.cues.get("NOT_ORDINAL_DAY_BEFORE"))) {
      return -1;
    }
    if (group(m, "dof") == null
        && !lex.cues.get("DAY_WITHOUT_OF").contains(ArabicNormalizer.key(ord))) {
      return -1;
    }
    return TimeLexicon.lookup(lex.dayOrdinals, ord);
  }

  /** Whether the within word of the match is the bare DURING word (grammar.tsv). */
  boolean bareDuring(Matcher m) {
    return ArabicNormalizer.key(m.group("within")).equals(lex.word("DURING"));
  }

  String partKind(Matcher m) {
    return TimeLexicon.lookup(lex.parts, m.group("part"));
  }

  /** The month of a single or paired month name ("أيار / مايو"); null when the pair disagrees. */
  int[] months(Matcher m) {
    Integer a = TimeLexicon.lookup(lex.months, m.group("ma"));
    Integer b = m.group("mb") == null ? a : TimeLexicon.lookup(lex.months, m.group("mb"));
    if (a == null || b == null || b < a) {
      return null;
    }
    return new int[] {a, b};
  }

  /** One month of a (possibly paired) name with the given group suffix; null if unknown. */
  Integer monthOf(Matcher m, String suffix) {
    Integer a = TimeLexicon.lookup(lex.months, m.group("ma" + suffix));
    String b = m.group("mb" + suffix);
    if (b != null && !Objects.equals(a, TimeLexicon.lookup(lex.months, b))) {
      return null;
    }
    return a;
  }

  /**
   * The year named relatively after a month or a date ("مايو من العام الماضي", "من هذا العام", "من
   * العام نفسه"); null when the phrase gives none; INVALID for a contradiction ("هذا العام الماضي")
   * or a bare "العام".
   */
  YearRel yearRelKind(Matcher m) {
    if (group(m, "yw2") == null) {
      return null;
    }
    String yr = m.group("yrel");
    boolean thisYear = m.group("ythis") != null;
    if (group(m, "yfoll") != null) {
      return thisYear ? YearRel.INVALID : YearRel.FOLLOWING;
    }
    if (yr == null) {
      return thisYear ? YearRel.CURRENT : YearRel.INVALID;
    }
    YearRel kind = YearRel.valueOf(TimeLexicon.lookup(lex.relative, yr));
    return thisYear && kind != YearRel.CURRENT ? YearRel.INVALID : kind;
  }

  /** A phrase whose year is given relatively: resolved against the publication or last year. */
  static Cand yearRelative(
      Matcher m, Rule.Ctx c, YearRel kind, IntFunction<Interval> at, boolean approximate) {
    if (kind == YearRel.SAME || kind == YearRel.FOLLOWING) {
      int next = kind == YearRel.FOLLOWING ? 1 : 0;
      return Cand.follower(
          Cand.Kind.SAME_YEAR,
          m.start("e"),
          m.end("e"),
          approximate,
          d -> at.apply(d.getYear() + next));
    }
    int shift = shift(kind.name());
    return relative(m, c, pub -> at.apply(pub.getYear() + shift), approximate);
  }

  /** {@code s} without the article, folded like the lexicon's keys. */
  String stripArticle(String s) {
    if (s == null) {
      return null;
    }
    String k = ArabicNormalizer.key(s);
    String art = lex.word("ARTICLE");
    return k.startsWith(art) ? k.substring(art.length()) : k;
  }
}
