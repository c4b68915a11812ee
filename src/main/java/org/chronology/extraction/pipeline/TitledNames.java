package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Suffix;
import org.chronology.extraction.lang.TitleEntry;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.Token;

/**
 * Reads a person after a title ("وزير الخارجية التركي فلان"): a known person, a new one whose
 * office and country come from the title, or the office holder when no name follows. The office
 * (complement, body, state, posting) is read here, what the title heads with {@link OfficeSeats};
 * the name's words are {@link NameParts}'s, where they stop {@link NameEnds}'s.
 */
record TitledNames(Lexicon lexicon, Gazetteer gazetteer) {

  /** Parts of a new name: given name, father's or family name (a linked pair is one part). */
  private static final int MAX_NEW_NAME_WORDS = 3;

  /**
   * Reads "title [modifiers] [demonym|country] [،] name", then each "و + demonym + name" that goes
   * on with the same title ("ونظيره الروسي فلان والكازاخي علان"، "وزيرا الدفاع التركي فلان والسوري
   * علان"); returns the token after the last one, or the start.
   */
  int titled(Document doc, Sentence s, PhraseMatcher.Match<TitleEntry> title, List<ActorHit> out) {
    int next = titledOnce(doc, s, title, out);
    while (next > title.first()
        && next < s.endToken()
        && (conjoinedState(doc, s, next)
            || DualTitles.second(lexicon, names(), doc, title, out, next, s.endToken()))) {
      int added = out.size();
      int further =
          titledOnce(
              doc,
              s,
              new PhraseMatcher.Match<>(title.first(), next, title.values(), title.form()),
              out);
      boolean named =
          out.size() > added && out.get(out.size() - 1).source() != ActorHit.Source.TITLE_ONLY;
      if (further <= next || !named) {
        while (out.size() > added) {
          out.remove(out.size() - 1);
        }
        break;
      }
      DualTitles.unjoin(doc, out, added, next);
      next = further;
    }
    return next;
  }

  /** "والكازاخي" at token {@code t}: and + a state adjective, right after a name. */
  private boolean conjoinedState(Document doc, Sentence s, int t) {
    if (hasStop(doc, t) && !onlyComma(doc.gapBefore(t))
        || !Proclitics.startsWithAnd(doc.tokens().get(t).text())) {
      return false;
    }
    PhraseMatcher.Match<String> dem =
        lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), t, s.endToken());
    return dem != null && dem.first() == t;
  }

  private int titledOnce(
      Document doc, Sentence s, PhraseMatcher.Match<TitleEntry> title, List<ActorHit> out) {
    List<Token> tokens = doc.tokens();
    int to = s.endToken();
    TitleEntry t = title.values().get(0);
    String country = t.country();
    int i = title.end();
    if (country == null
        && office(t) != null
        && i < to
        && Proclitics.startsWithAnd(tokens.get(i).text())
        && styled(doc, s, title.first())) {
      // "شهد سمو الأمير والرئيس الإيراني": a styled title ends where the next party is joined
      out.add(
          person(doc, s, title, office(t), i, title.first() - 1, null, ActorHit.Source.TITLE_ONLY));
      return i;
    }
    boolean consumedCountry = false;
    boolean ofOrganisation = false;
    int demonymEnd = -1;
    while (i < to) {
      String w = tokens.get(i).text();
      if (lexicon.isModifier(w)) {
        i++;
        continue;
      }
      if (i == title.end()
          && !hasStop(doc, i)
          && lexicon.isWithSuffix(FunctionWord.OFFICE_NOUN, Suffix.PRONOUN, w)) {
        i++; // "وزير خارجيتها فلان": the office with its state's pronoun, not a part of the name
        continue;
      }
      PhraseMatcher.Match<TitleEntry> honour =
          lexicon.titles().longestAt(tokens, doc.forms(), i, to);
      if (honour != null && honour.first() == i && office(honour.values().get(0)) == null) {
        i = honour.end(); // "رئيس الجمهورية آية الله فلان": an honorific of several words
        continue;
      }
      PhraseMatcher.Match<String> dem = lexicon.demonyms().longestAt(tokens, doc.forms(), i, to);
      if (dem != null && !consumedCountry && !hasStop(doc, i)) {
        country = dem.values().get(0);
        consumedCountry = true;
        i = dem.end();
        demonymEnd = i;
        continue;
      }
      if (dem != null
          && dem.first() == i
          && i == demonymEnd
          && !hasStop(doc, i)
          && !Proclitics.startsWithAnd(w)) {
        i = dem.end(); // "الزعيم القبرصي التركي فلان": a second nationality, the name follows
        demonymEnd = i;
        continue;
      }
      int portfolio = complements().portfolio(doc, i, to);
      if (portfolio > i) {
        i = portfolio; // "وزير الدولة البريطاني لشؤون الشرق الأوسط فلان": the office's affairs
        continue;
      }
      int chain = complements().officeComplement(doc, i, to);
      if (chain > i && !consumedCountry) {
        i = chain; // "وزير الموارد المائية والري المصري": the office goes on before its state
        continue;
      }
      int posting = complements().posting(doc, i, to);
      if (posting > i && (consumedCountry || possessive(doc, title))) {
        i = posting; // "السفير الإسرائيلي في أنقرة فلان"، "سفيرها في بيروت فلان": the post
        continue;
      }
      int cabinet = complements().cabinet(doc, i, to);
      if (cabinet > i) {
        i = cabinet; // "وزير الطاقة في حكومة تصريف الأعمال فلان": the government of the office
        continue;
      }
      int region = i == title.end() ? seats().region(doc, title, i, to) : i;
      if (region > i) {
        i = region; // "رئيس إقليم كردستان فلان": the region the office governs
        continue;
      }
      PhraseMatcher.Match<GazetteerEntry> g =
          gazetteer.matcher().longestAt(tokens, doc.forms(), i, to);
      int body =
          i == title.end() && !consumedCountry && !ofOrganisation ? seats().body(doc, g, i, to) : i;
      if (body > i) {
        ofOrganisation = true; // "رئيس مجلس الوزراء فلان": the council is the office, not an actor
        i = body;
        continue;
      }
      int longForm = consumedCountry ? i : seats().longForm(doc, i, to);
      if (longForm > i) {
        country =
            gazetteer.matcher().longestAt(tokens, doc.forms(), i + 1, to).values().get(0).name();
        consumedCountry = true; // "وزيرة خارجية مملكة النرويج فلانة": the state's long form
        i = longForm;
        continue;
      }
      if (g != null
          && !consumedCountry
          && g.values().get(0).kind() == ActorKind.COUNTRY
          && g.form().text().equals(w)
          && !hasStop(doc, i)) {
        country = g.values().get(0).name(); // idafa: رئيس أذربيجان
        consumedCountry = true;
        i = g.end();
        continue;
      }
      break;
    }
    int nameStart = i;
    boolean comma =
        nameStart < to
            && (doc.gapBefore(nameStart).indexOf(ArabicNormalizer.ARABIC_COMMA) >= 0
                || doc.gapBefore(nameStart).contains(","));
    if (nameStart < to
        && hasStop(doc, nameStart)
        && (!onlyComma(doc.gapBefore(nameStart)) || verbAfterComma(tokens.get(nameStart).text()))) {
      return titleOnly(doc, s, title, t, country, consumedCountry, ofOrganisation, true, i, out);
    }
    PhraseMatcher.Match<GazetteerEntry> person =
        nameStart < to ? gazetteer.matcher().longestAt(tokens, doc.forms(), nameStart, to) : null;
    if (person != null && person.values().get(0).kind() == ActorKind.PERSON) {
      String office = t.counterpart() ? null : office(t);
      out.add(
          new ActorHit(
              s.index(),
              title.first(),
              person.end(),
              person.values(),
              doc.originalText(honorificStart(doc, title.first(), person.first()), person.end()),
              ActorKind.PERSON,
              office,
              country,
              ActorHit.Source.GAZETTEER,
              preposition(doc, s, title.first(), title.form().preposition())));
      return person.end();
    }
    int nameEnd = nameStart;
    int parts = 0;
    boolean linked = false;
    boolean lineage = false;
    PhraseMatcher.Match<GazetteerEntry> inside = null;
    while (nameEnd < to
        && (nameEnd == nameStart || !hasStop(doc, nameEnd) || NameEnds.hyphenated(doc, nameEnd))) {
      if (parts >= MAX_NEW_NAME_WORDS) {
        nameEnd = ends().lastPart(doc, nameEnd, to);
        break;
      }
      if (nameEnd > nameStart && NameEnds.hyphenated(doc, nameEnd)) {
        nameEnd++; // "سوك-يول": a syllable joined by a hyphen, one part with the one before it
        continue;
      }
      int family = nameEnd > nameStart ? names().afterParticles(doc, nameEnd, to) : nameEnd;
      if (family > nameEnd) {
        nameEnd = family + 1; // "خوان رامون دي لا فوينتي": particles and the family name, one part
        parts++;
        continue;
      }
      if (nameEnd > nameStart) {
        PhraseMatcher.Match<GazetteerEntry> known =
            gazetteer.matcher().longestAt(tokens, doc.forms(), nameEnd, to);
        if (known != null && known.values().get(0).kind() == ActorKind.PERSON) {
          if (NameParts.conjoined(tokens.get(nameEnd).text(), known.form())) {
            break; // "فلان وعلان" with علان known: a second person, not a part of the first
          }
          if (NameParts.givenNamesOf(doc, nameStart, nameEnd, known.values())) {
            inside = known; // a given name before a known surname ("حسين أمير عبداللهيان")
          } else {
            nameEnd = known.end(); // another given name: another person with that surname
            parts++;
          }
          break;
        }
      }
      String w = tokens.get(nameEnd).text();
      if (lexicon.is(FunctionWord.NAME_LINK, w)
          && nameEnd + 1 < to
          && !hasStop(doc, nameEnd + 1)
          && NameParts.isArabicWord(tokens.get(nameEnd + 1).text())
          && !NameParts.inDatePhrase(doc, nameEnd + 1)
          && !lexicon.is(FunctionWord.NOT_NAME, tokens.get(nameEnd + 1).text())
          && !ends().opensOffice(doc, nameEnd + 1, to)) {
        // nor an office after it ("شينزو آبي رئيس وزراء اليابان": the name ends, the title follows)
        // a link word that is also a name ("آبي") does not take a date after it ("آبي اليوم")
        // no stop-word check: normalised "علي" is also the preposition على
        nameEnd += 2; // بن زايد، عبد الله، آل سعود: the link takes the word after it
        while (nameEnd + 1 < to
            && lexicon.is(FunctionWord.NAME_LINK, tokens.get(nameEnd - 1).text())
            && !hasStop(doc, nameEnd)) {
          nameEnd++; // بن عبد العزيز
        }
        parts++;
        linked = true;
        lineage |= NameParts.lineage(w);
        continue;
      }
      if (parts > 0 && NameParts.compound(w)) {
        nameEnd++; // "نصر الدين": one given name of two words
        continue;
      }
      if (parts >= 2
          && Proclitics.startsWithAnd(w)
          && Proclitics.withoutAnd(w).length() > 2
          && (DualTitles.dual(lexicon, doc, title.first())
              || !ends().closesClause(doc, nameEnd, to))) {
        break; // "الرئيسان فلان وعلان": a second name, not a part of the first
      }
      // a third part does not look like a present-tense verb ("فلان علان يقول")
      // after بن/آل only a link or a family name goes on ("محمد بن سلمان أعمال القمة")
      if (!lineage
          && (names().nameLike(doc, nameEnd, to)
              || parts == 0 && names().companyAsGivenName(doc, nameEnd, to)
              || parts > 0 && NameParts.familyFirst(country) && names().syllable(doc, nameEnd, to)
              || parts > 0 && names().givenNameAsWritten(doc, nameEnd, to)
              || ends().givenBeforeName(doc, nameEnd, to, parts == 0))
          && (parts < 2
              || !lexicon.startsWith(FunctionWord.PRESENT_PREFIX, w) && !NameParts.onPreposition(w)
              || ends().nameClosedAfter(doc, nameEnd, to))) {
        nameEnd++;
        parts++;
        continue;
      }
      if (parts > 0
          && (parts == 1
              || linked
              || parts == 2
                  && (names().ofGivenName(w) || names().writtenAsGivenName(doc, nameEnd - 1)))
          && Proclitics.hasArticle(w)
          && names().familyName(doc, nameEnd, to)) {
        // a family name with the article ends the name (عادل الجبير، بن محمد العيبان); after two
        // parts one made of a given name (محمد عثمان الحسين), not an object (فلان علان البيان),
        // and the family's name after it (أحمد ناصر المحمد الصباح)
        boolean grandfather = parts == 2 && !linked;
        boolean given = parts == 1 && !linked;
        nameEnd++;
        parts++;
        if (given
            && nameEnd < to
            && !hasStop(doc, nameEnd)
            && names().secondNisba(doc, nameEnd, to)) {
          nameEnd++; // "فلانة العلاني الفلاني": a second nisba after the first closes the name
          parts++;
        }
        if (grandfather
            && nameEnd < to
            && !hasStop(doc, nameEnd)
            && Proclitics.hasArticle(tokens.get(nameEnd).text())
            && names().familyName(doc, nameEnd, to)) {
          nameEnd++;
        }
      } else if (parts == 2 && !linked && names().nisba(doc, nameEnd, to)) {
        nameEnd++; // a nisba family name after given and father's names (محمد شياع السوداني)
        parts++;
      }
      break;
    }
    if (inside == null && parts >= 2) {
      nameEnd = NameParts.house(doc, nameEnd, to); // "خالد الجراح الصباح": the house closes it
    }
    if (inside != null) {
      out.add(
          new ActorHit(
              s.index(),
              title.first(),
              inside.end(),
              inside.values(),
              doc.originalText(nameStart, inside.end()),
              ActorKind.PERSON,
              t.counterpart() ? null : office(t),
              country,
              ActorHit.Source.GAZETTEER,
              preposition(doc, s, title.first(), title.form().preposition())));
      return inside.end();
    }
    if (parts == 1 && !linked && nameEnd == nameStart + 1 && names().clitic(doc, nameStart)) {
      nameEnd = nameStart; // "الرئيس الأوزبكي منصبه"، "ولي العهد وعددا": a word of the clause
    }
    // after نظيره a name needs two parts or a link (بن، آل), with or without his state ("مع نظيره
    // فؤاد حسين"): one word after it is no name ("نظيره الأذري أربع مرات" stops at the count noun)
    if (nameEnd > nameStart
        && (!t.counterpart() || linked || parts >= 2)
        && (country != null || comma || parts >= 2 || linked)) {
      out.add(
          person(
              doc,
              s,
              title,
              t.counterpart() ? null : office(t),
              nameEnd,
              honorificStart(doc, title.first(), nameStart),
              country,
              ActorHit.Source.TITLED_NAME));
      return nameEnd;
    }
    // a word read as a name but too short for one ("الرئيس مويني") leaves the title not bare
    boolean bare = nameEnd == nameStart;
    return titleOnly(doc, s, title, t, country, consumedCountry, ofOrganisation, bare, i, out);
  }

  private OfficeComplements complements() {
    return new OfficeComplements(lexicon, gazetteer);
  }

  private OfficeSeats seats() {
    return new OfficeSeats(lexicon, gazetteer);
  }

  private NameParts names() {
    return new NameParts(lexicon, gazetteer);
  }

  private NameEnds ends() {
    return new NameEnds(lexicon, gazetteer);
  }

  /** The office a title gives; null for an honorific that names no office (الدكتور، آية الله). */
  static String office(TitleEntry t) {
    return t.office() == null || t.office().isBlank() || TitleEntry.LEADER.equals(t.office())
        ? null
        : t.office();
  }

  private int titleOnly(
      Document doc,
      Sentence s,
      PhraseMatcher.Match<TitleEntry> title,
      TitleEntry t,
      String country,
      boolean consumedCountry,
      boolean ofOrganisation,
      boolean bare,
      int end,
      List<ActorHit> out) {
    boolean styled = styled(doc, s, title.first());
    if (country == null
        && !ofOrganisation
        && office(t) != null
        && (styled || bare && oneHolder(doc, title, t))) {
      // "جلالة الملك"، "سمو الأمير": a styled office with no name nor state, the one holder of it
      // the article names (EventActorStage), else nobody; so is a minister's definite title
      // written bare ("وقال الوزير"، "وأكد وزير الخارجية"), the one the article named by then
      out.add(
          person(
              doc,
              s,
              title,
              office(t),
              end,
              styled ? title.first() - 1 : title.first(),
              null,
              ActorHit.Source.TITLE_ONLY));
      return end;
    }
    if (country == null || (!consumedCountry && t.country() == null)) {
      return ofOrganisation ? end : title.first();
    }
    out.add(
        person(
            doc,
            s,
            title,
            ofOrganisation ? null : office(t),
            end,
            title.first(),
            country,
            ActorHit.Source.TITLE_ONLY));
    return end;
  }

  /**
   * A title of an office one person of the article holds (one-holder-office), written definite
   * ("الوزير"، "للوزير"، "وزير الخارجية"): the holder the article names, not any ("وزير جديد").
   */
  private boolean oneHolder(Document doc, PhraseMatcher.Match<TitleEntry> title, TitleEntry t) {
    if (t.counterpart()
        || !lexicon.is(FunctionWord.ONE_HOLDER_OFFICE, ArabicNormalizer.key(office(t)))) {
      return false;
    }
    String w = doc.tokens().get(title.end() - 1).text();
    String fused = Proclitics.afterFusingPreposition(w);
    return Proclitics.hasArticle(Proclitics.withoutAndOrPreposition(w))
        || fused != null && Proclitics.hasArticle(fused);
  }

  /** A style of address (جلالة، سمو، فخامة) stands right before token {@code first}. */
  private boolean styled(Document doc, Sentence s, int first) {
    return first > s.firstToken()
        && !hasStop(doc, first)
        && lexicon.is(
            FunctionWord.STYLE,
            Proclitics.withoutAndOrPreposition(doc.tokens().get(first - 1).text()));
  }

  /** A person named by title {@code t} to {@code end}, written as {@code [written, end)}. */
  private ActorHit person(
      Document doc,
      Sentence s,
      PhraseMatcher.Match<TitleEntry> title,
      String office,
      int end,
      int written,
      String country,
      ActorHit.Source source) {
    return new ActorHit(
        s.index(),
        title.first(),
        end,
        List.of(),
        doc.originalText(written, end),
        ActorKind.PERSON,
        office,
        country,
        source,
        preposition(doc, s, title.first(), title.form().preposition()));
  }

  /**
   * Where the honorifics right before a known name begin ("الملك سلمان بن عبد العزيز"): the name as
   * written with them is one of the person's aliases, as annotators and editors write it.
   */
  private int honorificStart(Document doc, int titleFirst, int nameFirst) {
    int from = nameFirst;
    while (from > titleFirst
        && lexicon.is(FunctionWord.HONORIFIC, doc.tokens().get(from - 1).text())) {
      from--;
    }
    return from;
  }

  /** A title with an attached pronoun ("سفيرها"): its state is the one it refers to. */
  private boolean possessive(Document doc, PhraseMatcher.Match<TitleEntry> title) {
    String w = doc.tokens().get(title.end() - 1).text();
    return w.length() > 4 && lexicon.hasSuffix(Suffix.PRONOUN, w);
  }

  /** True when punctuation separates token {@code t} from the one before it. */
  static boolean hasStop(Document doc, int t) {
    String gap = doc.gapBefore(t);
    for (int k = 0; k < gap.length(); k++) {
      if (!Character.isWhitespace(gap.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "ومن الجانب الأردني رئيس الوزراء، ويعقد اجتماعاته": after a comma, و and a present prefix open
   * the next clause's verb, not a name.
   */
  private boolean verbAfterComma(String w) {
    if (!Proclitics.startsWithAnd(w)) {
      return false;
    }
    String bare = Proclitics.withoutAnd(w);
    return bare.length() > 2 && lexicon.startsWith(FunctionWord.PRESENT_PREFIX, bare);
  }

  /** A gap of spaces, one comma and quotation marks: the name may still follow the title. */
  static boolean onlyComma(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (!Character.isWhitespace(c)
          && c != ArabicNormalizer.ARABIC_COMMA
          && ",\"«»“”".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  static String preposition(Document doc, Sentence s, int first, boolean attached) {
    String w = doc.tokens().get(first).text();
    if (attached) {
      String bare = Proclitics.withoutConjunction(w);
      for (String p : Prepositions.attached()) {
        if (bare.startsWith(p)) {
          return p;
        }
      }
      return bare.substring(0, 1);
    }
    if (first > s.firstToken()) {
      String prev = doc.tokens().get(first - 1).text();
      String bare = prev.length() > 2 ? Proclitics.withoutAnd(prev) : prev;
      if (Prepositions.isFree(prev)) {
        return prev;
      }
      if (Prepositions.isFree(bare)) {
        return bare;
      }
    }
    return null;
  }
}
