package org.chronology.extraction.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Happening;
import org.chronology.extraction.Place;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.extraction.lang.States;
import org.chronology.time.Precision;

/**
 * Groups mentions of one happening in several articles into clusters.
 *
 * <p>Two mentions are one happening when they come from different articles (within one, the
 * coalesce stage has already folded further mentions and kept the rest apart), their types are
 * compatible (a visit and a meeting held during it), their dates are compatible and they share
 * principal actors: a person, unless each names two sides and they share at most one (one
 * minister's call to Damascus and visit to Cairo), or, when neither names a person doing it (a
 * person named without a part, such as the minister who announced it, does not count against
 * another), all the countries/organisations of the smaller one, at least two of them or one at a
 * place both name (or, not for a visit or a meeting, on one exact day both give); with two states
 * or more on each side (not a visit) the states alone. Known dates must overlap (approximate dates
 * widened by a year); an unknown date merges only when the places are known and equal. Different
 * places never merge, so two visits of one person stay apart, except a country and a place in it, a
 * non-visit, non-meeting happening both give the same exact day for, or one placed in the states of
 * its two sides ({@link SidesCapitals}). Two reports whose sides swap parts (the attacker of one
 * the target of the other, and the reverse) never merge. A person is one person however the name is
 * transliterated (name-sounds.tsv). A mention may join a group when it is the same happening as one
 * of its mentions and nothing but the actors named sets it apart from the others (one source names
 * the ministers, another the two states, a third one state and a minister); of the groups it may
 * join, it joins the one it agrees with most, and two groups the order of reading left apart are
 * joined by the same rule ({@link Regrouping}). The cluster keeps the most precise date, and
 * "happened" over "planned" when one source tells it before and one after.
 */
public final class EventMerger {

  /** Letter to the sound it is read as when people's names are compared (name-sounds.tsv). */
  private static final Map<Character, String> SOUNDS = sounds();

  /** How many days apart two dated reports of one visit (or of a meeting during it) may be. */
  public static final int VISIT_DAYS = 3;

  /** The country of each known place, and of each state its own name. */
  private final Map<String, String> countryOf;

  /** Which place of a visit is the visitor's own country (a departure, not the visit). */
  private final VisitorsHome home;

  /** Whether two places of a deal or a clash are the two sides' own. */
  private final SidesCapitals sides;

  /** A merger over the standard places list. */
  public EventMerger() {
    this(Lexicon.standard());
  }

  public EventMerger(Lexicon lexicon) {
    Map<String, String> m = new HashMap<>();
    for (States.State st : States.all()) {
      m.put(st.name(), st.name());
    }
    for (PlaceEntry p : lexicon.placeEntries()) {
      if (p.country() != null && !p.country().isEmpty()) {
        m.putIfAbsent(p.name(), p.country());
      }
    }
    this.countryOf = Map.copyOf(m);
    this.home = new VisitorsHome(countryOf);
    this.sides = new SidesCapitals(countryOf);
  }

  public List<EventCluster> merge(List<ExtractedEvent> events) {
    List<ExtractedEvent> sorted = new ArrayList<>(events);
    sorted.sort(
        Comparator.comparing(ExtractedEvent::articleSource)
            .thenComparingInt(e -> e.evidence().sentence().start()));
    List<List<ExtractedEvent>> groups = new ArrayList<>();
    for (ExtractedEvent e : sorted) {
      // of the groups it may join, the closest: a report of a clash of one day joins the other
      // reports of that day, not a vaguer one of the month that came first
      List<ExtractedEvent> home = null;
      int best = -1;
      for (List<ExtractedEvent> g : groups) {
        if (g.stream().allMatch(m -> near(m, e)) && g.stream().anyMatch(m -> same(m, e))) {
          int k = g.stream().mapToInt(m -> affinity(m, e)).max().orElse(0);
          if (k > best) {
            home = g;
            best = k;
          }
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(e);
    }
    List<EventCluster> out = new ArrayList<>();
    for (List<ExtractedEvent> g : Regrouping.join(groups, this)) {
      out.add(cluster(g));
    }
    return out;
  }

  /**
   * How closely two reports of one happening agree: the actors they share, the same type, the same
   * date at the same precision, the same place.
   */
  static int affinity(ExtractedEvent a, ExtractedEvent b) {
    Set<String> na = new java.util.HashSet<>();
    for (ActorMention m : a.actors()) {
      na.add(m.name());
    }
    int k = 0;
    for (String n : new java.util.HashSet<>(b.actors().stream().map(ActorMention::name).toList())) {
      if (na.contains(n)) {
        k += 2;
      }
    }
    if (a.type() == b.type()) {
      k += 1;
    }
    DateValue da = a.date();
    DateValue db = b.date();
    if (da.known() && db.known() && da.precision() == db.precision()) {
      // one day both give says much; one month or year both give, little
      k += da.precision() == Precision.DAY && da.start().equals(db.start()) ? 4 : 1;
    }
    if (a.location() != null && b.location() != null && a.location().equals(b.location())) {
      k += 1;
    }
    return k;
  }

  /** True when the two mentions report the same happening. */
  public boolean same(ExtractedEvent a, ExtractedEvent b) {
    return near(a, b) && sharePrincipals(a, b);
  }

  /** {@link #same} but for the principals the two share. */
  boolean near(ExtractedEvent a, ExtractedEvent b) {
    if (a.articleSource().equals(b.articleSource())) {
      // the article's own coalescing, which read both sentences, kept them apart
      return false;
    }
    if (!typesCompatible(a.type(), b.type())) {
      return false;
    }
    if (a.location() != null
        && b.location() != null
        && !samePlace(a.location(), b.location())
        && !sameDayElsewhere(a, b)
        && !home.homeAgainstAbroad(a, b)
        && !sides.holds(a, b)) {
      return false;
    }
    DateValue da = a.date();
    DateValue db = b.date();
    if (da.known() && db.known()) {
      int slack = slack(a, b);
      if (!overlap(da, db, slack) || vaguer(da, db) || vaguer(db, da)) {
        return false;
      }
    } else if (da.known() != db.known()
        || a.location() == null
        || b.location() == null
        || !a.location().name().equals(b.location().name())) {
      return false;
    }
    return !opposed(a, b) && !laterDayOfStay(a, b) && !laterDayOfStay(b, a);
  }

  /** How many days apart two dated reports may be: a visit's days, a planned signing's one. */
  private static int slack(ExtractedEvent a, ExtractedEvent b) {
    if (a.type() == EventType.VISIT || b.type() == EventType.VISIT) {
      return VISIT_DAYS;
    }
    return PlannedSignings.slack(a, b);
  }

  /**
   * m is a meeting of one day after the day visit v begins, or, when v is told only by its month,
   * season or year, a meeting of one exact day: a meeting held during a visit on a day of its own
   * is a happening of its own (the guide: "unless a meeting is reported with its own separate
   * date"), which another article's report of that visit does not tell, and a visit told by its
   * month cannot tell its first day from the meeting's.
   */
  static boolean laterDayOfStay(ExtractedEvent m, ExtractedEvent v) {
    DateValue dm = m.date();
    DateValue dv = v.date();
    if (m.type() != EventType.MEETING
        || v.type() != EventType.VISIT
        || !dm.known()
        || !dv.known()
        || dm.precision() != Precision.DAY
        || !dm.start().equals(dm.end())) {
      return false;
    }
    return dv.precision() == Precision.DAY ? dm.start().isAfter(dv.start()) : !dm.approximate();
  }

  /**
   * The two sides swap parts between the reports: the visitor of one is the host of the other and
   * the host the visitor, the buyer and the seller, the attacker and the target. A state stands for
   * its people and bodies. Two visits between the same capitals, or a strike and the retaliation,
   * are two happenings.
   */
  static boolean opposed(ExtractedEvent a, ExtractedEvent b) {
    Map<String, Set<Role>> ra = sides(a);
    Map<String, Set<Role>> rb = sides(b);
    Set<Role> flipped = java.util.EnumSet.noneOf(Role.class);
    for (Map.Entry<String, Set<Role>> e : ra.entrySet()) {
      Set<Role> other = rb.get(e.getKey());
      if (other == null || e.getValue().size() != 1 || other.size() != 1) {
        continue;
      }
      Role x = e.getValue().iterator().next();
      if (opposite(x) == other.iterator().next()) {
        flipped.add(x);
      }
    }
    // both sides turned round (one report alone misreading who did it turns only one)
    return flipped.stream().anyMatch(r -> flipped.contains(opposite(r)));
  }

  private static Role opposite(Role r) {
    return switch (r) {
      case VISITOR -> Role.HOST;
      case HOST -> Role.VISITOR;
      case BUYER -> Role.SELLER;
      case SELLER -> Role.BUYER;
      case ATTACKER -> Role.TARGET;
      case TARGET -> Role.ATTACKER;
      default -> null;
    };
  }

  /** The opposable parts each side (a state, or an actor of no state) plays in the event. */
  private static Map<String, Set<Role>> sides(ExtractedEvent e) {
    Map<String, Set<Role>> out = new HashMap<>();
    for (ActorMention m : e.actors()) {
      if (m.role() == null || opposite(m.role()) == null) {
        continue;
      }
      String side =
          m.kind() == ActorKind.COUNTRY || m.country() == null || m.country().isEmpty()
              ? m.name()
              : m.country();
      out.computeIfAbsent(side, k -> java.util.EnumSet.noneOf(Role.class)).add(m.role());
    }
    return out;
  }

  /**
   * The same place, or a country and a place in it: one report says where in the country ("وصل إلى
   * أنقرة"), another only which country ("زيارته لتركيا"). Two places in one country differ.
   */
  boolean samePlace(Place a, Place b) {
    return samePlace(a.name(), b.name());
  }

  /** {@link #samePlace(Place, Place)} by the places' names (as mentions store them). */
  public boolean samePlace(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String ca = countryOf.get(a);
    String cb = countryOf.get(b);
    return ca != null && cb != null && ca.equals(cb) && (a.equals(ca) || b.equals(cb));
  }

  /**
   * The places of a visit or a meeting in two reports lie in two different states: one may be the
   * visitor's own country ({@link VisitorsHome}), so the place alone does not keep them apart.
   */
  public boolean placesInTwoStates(String a, String b) {
    return home.twoStates(a, b);
  }

  /** {@link SidesCapitals}' place rule by the places' names and the names each report gives. */
  public boolean sidesOwnPlaces(String a, Collection<String> na, String b, Collection<String> nb) {
    return sides.holds(a, na, b, nb);
  }

  /**
   * A deal, a decision or a clash reported on one exact day by both, though each names another
   * place: one source's place is where it was announced or where its dateline is (the decision of
   * N'Djamena reported from Paris). Visits and meetings are where they are held, so not them.
   */
  private static boolean sameDayElsewhere(ExtractedEvent a, ExtractedEvent b) {
    if (placeBound(a.type()) || placeBound(b.type())) {
      return false;
    }
    DateValue da = a.date();
    DateValue db = b.date();
    return da.known()
        && db.known()
        && da.precision() == Precision.DAY
        && db.precision() == Precision.DAY
        && !da.approximate()
        && !db.approximate()
        && da.start().equals(db.start())
        && da.end().equals(db.end());
  }

  private static boolean placeBound(EventType t) {
    return t == EventType.VISIT || t == EventType.MEETING;
  }

  /** True when {@code place} lies in {@code country}, a state named as a place. */
  private boolean inCountry(Place place, Place country) {
    return country != null
        && !place.name().equals(country.name())
        && country.name().equals(countryOf.get(country.name()))
        && country.name().equals(countryOf.get(place.name()));
  }

  private static boolean typesCompatible(EventType a, EventType b) {
    return a == b
        || (a == EventType.VISIT && b == EventType.MEETING)
        || (a == EventType.MEETING && b == EventType.VISIT);
  }

  /**
   * A decade or a century ("منذ تسعينات القرن الماضي") against a year or finer: years of ties hold
   * many happenings of one type between the same states, so the vague one tells none of them.
   */
  private static boolean vaguer(DateValue a, DateValue b) {
    return a.precision().ordinal() > Precision.YEAR.ordinal()
        && b.precision().ordinal() <= Precision.YEAR.ordinal();
  }

  /**
   * Overlap, with {@code slack} days of tolerance: a visit lasts days, and reports date it by the
   * arrival, a meeting held during it, or its last day.
   */
  private static boolean overlap(DateValue a, DateValue b, int slack) {
    LocalDate as = a.start().minusDays(slack);
    LocalDate ae = a.end().plusDays(slack);
    LocalDate bs = b.start();
    LocalDate be = b.end();
    return !as.isAfter(be) && !bs.isAfter(ae);
  }

  private static boolean sharePrincipals(ExtractedEvent a, ExtractedEvent b) {
    List<String> pa = persons(a);
    List<String> pb = persons(b);
    Set<String> na = others(a);
    Set<String> nb = others(b);
    if (!pa.isEmpty() && !pb.isEmpty()) {
      if (pa.stream().anyMatch(p -> pb.stream().anyMatch(q -> samePerson(p, q)))) {
        return !otherSides(na, nb);
      }
      if (doers(a) && doers(b)) {
        return false;
      }
      // a person named without a part in it (a minister who announced it, a host present) against
      // another person tells nothing of which happening it is: the states decide
    }
    Set<String> sa = states(a);
    Set<String> sb = states(b);
    if (sa.size() >= 2
        && sb.size() >= 2
        && a.type() != EventType.VISIT
        && b.type() != EventType.VISIT) {
      // two states or more on each side: their organisations (a ministry, the border guard) are
      // written in many ways; a visit's organisation is who travels, so it still counts there
      na = sa;
      nb = sb;
    }
    Set<String> small = na.size() <= nb.size() ? na : nb;
    Set<String> large = small == na ? nb : na;
    // one state alone ("وقعت السعودية …") is evidence of one happening only at one named place,
    // or, but for a visit or a meeting, on one exact day both give
    boolean placed = a.location() != null && b.location() != null;
    return !small.isEmpty()
        && large.containsAll(small)
        && (small.size() >= 2
            || placed && pa.isEmpty() && pb.isEmpty()
            || OneNameOneDay.holds(a, b, small == na ? pa : pb));
  }

  /**
   * One person written two ways: the same name letter for letter once each is read as it sounds
   * (name-sounds.tsv: "إسحاق هرتسوغ" and "إسحق هرتسوج"), or the same first and last names with the
   * middle ones left out, or the surname alone.
   */
  public static boolean samePerson(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    List<String> x = sounded(a);
    List<String> y = sounded(b);
    if (x.equals(y)) {
      return true;
    }
    if (x.isEmpty() || y.isEmpty() || !x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return false;
    }
    return x.size() == 1 || y.size() == 1 || x.get(0).equals(y.get(0));
  }

  /**
   * The key two spellings of one person share: the surname as it sounds, marked so it is never
   * taken for a name ({@link #samePerson} holds only for names with the same key). Null when the
   * name has no letters.
   */
  public static String personKey(String name) {
    List<String> x = sounded(name);
    return x.isEmpty() ? null : PERSON_KEY + x.get(x.size() - 1);
  }

  /** What starts a {@link #personKey}: no actor's name starts with it. */
  public static final String PERSON_KEY = "~";

  private static List<String> sounded(String name) {
    List<String> out = new ArrayList<>();
    for (String w : org.chronology.text.ArabicNormalizer.key(name).split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < w.length(); k++) {
        String r = SOUNDS.get(w.charAt(k));
        b.append(r == null ? String.valueOf(w.charAt(k)) : r);
      }
      out.add(b.isEmpty() ? w : b.toString());
    }
    return out;
  }

  private static Map<Character, String> sounds() {
    Map<Character, String> m = new HashMap<>();
    for (String[] r : org.chronology.text.TsvResource.read(Lexicon.DIR + "name-sounds.tsv", 2)) {
      m.put(r[0].charAt(0), "-".equals(r[1]) ? "" : r[1]);
    }
    return Map.copyOf(m);
  }

  /**
   * Each names two sides or more and they share at most one: one person's visit to Cairo and his
   * meeting with the Syrian minister, months apart in one year, are two happenings.
   */
  private static boolean otherSides(Set<String> na, Set<String> nb) {
    if (na.size() < 2 || nb.size() < 2) {
      return false;
    }
    return na.stream().filter(nb::contains).count() < 2;
  }

  private static final Set<Role> PRINCIPAL =
      java.util.EnumSet.of(
          Role.VISITOR, Role.SPEAKER, Role.BUYER, Role.SELLER, Role.ATTACKER, Role.PARTICIPANT);

  /** The people doing it (visitor, speaker ...), or every person when no role is known. */
  private static List<String> persons(ExtractedEvent e) {
    List<String> out = new ArrayList<>();
    boolean roles =
        e.actors().stream()
            .anyMatch(a -> a.kind() == ActorKind.PERSON && PRINCIPAL.contains(a.role()));
    for (ActorMention a : e.actors()) {
      if (a.kind() == ActorKind.PERSON && (!roles || PRINCIPAL.contains(a.role()))) {
        out.add(a.name());
      }
    }
    return out;
  }

  /** True when a person of the event has a principal part in it (visitor, speaker ...). */
  private static boolean doers(ExtractedEvent e) {
    return e.actors().stream()
        .anyMatch(a -> a.kind() == ActorKind.PERSON && PRINCIPAL.contains(a.role()));
  }

  private static Set<String> states(ExtractedEvent e) {
    Set<String> out = new java.util.TreeSet<>();
    for (ActorMention a : e.actors()) {
      if (a.kind() == ActorKind.COUNTRY) {
        out.add(a.name());
      }
    }
    return out;
  }

  private static Set<String> others(ExtractedEvent e) {
    Set<String> out = new java.util.TreeSet<>();
    for (ActorMention a : e.actors()) {
      if (a.kind() != ActorKind.PERSON
          && !org.chronology.extraction.actor.GazetteerEntry.MEDIA.equals(a.office())) {
        out.add(a.name());
      }
    }
    return out;
  }

  private EventCluster cluster(List<ExtractedEvent> g) {
    ExtractedEvent best = g.get(0);
    ExtractedEvent bestDated = null;
    for (ExtractedEvent e : g) {
      if (e.confidence() > best.confidence()) {
        best = e;
      }
      if (e.date().known() && (bestDated == null || finer(e.date(), bestDated.date()))) {
        bestDated = e;
      }
    }
    DateValue date = bestDated == null ? best.date() : bestDated.date();
    Map<String, ActorMention> actors = new LinkedHashMap<>();
    for (ExtractedEvent e : g) {
      for (ActorMention a : e.actors()) {
        ActorMention prev = actors.get(a.name());
        if (prev == null || (prev.role() == null && a.role() != null)) {
          actors.put(a.name(), a);
        }
      }
    }
    EventType type = best.type();
    for (ExtractedEvent e : g) {
      if (e.type() == EventType.VISIT) {
        type = EventType.VISIT;
      }
    }
    Place place = best.location();
    for (ExtractedEvent e : g) {
      if (place == null) {
        place = e.location();
      }
    }
    for (ExtractedEvent e : g) {
      // like the date, the place is the most precise a source gives: the city, not its country
      if (e.location() != null && inCountry(e.location(), place)) {
        place = e.location();
      }
    }
    EventStatus status = status(g, best.status());
    double confidence = Math.min(1.0, best.confidence() + 0.05 * (g.size() - 1));
    return new EventCluster(
        new Happening(
            type,
            status,
            best.title(),
            Math.round(confidence * 1000) / 1000.0,
            date,
            List.copyOf(actors.values()),
            place),
        List.copyOf(g));
  }

  /**
   * A report that it took place settles what a plan or an unconfirmed claim left open (the visit
   * announced before, told after); one that it was called off settles a plan. Reports that it took
   * place and that it was called off leave the most confident one.
   */
  private static EventStatus status(List<ExtractedEvent> g, EventStatus best) {
    Set<EventStatus> all = java.util.EnumSet.noneOf(EventStatus.class);
    for (ExtractedEvent e : g) {
      all.add(e.status());
    }
    boolean happened = all.contains(EventStatus.HAPPENED);
    boolean cancelled = all.contains(EventStatus.CANCELLED);
    if (happened && !cancelled) {
      return EventStatus.HAPPENED;
    }
    if (cancelled && !happened) {
      return EventStatus.CANCELLED;
    }
    return best;
  }

  /** Finer precision wins; at equal precision the narrower interval; then not approximate. */
  private static boolean finer(DateValue a, DateValue b) {
    Precision pa = a.precision();
    Precision pb = b.precision();
    if (pa != pb) {
      return pa.ordinal() < pb.ordinal();
    }
    long wa = a.end().toEpochDay() - a.start().toEpochDay();
    long wb = b.end().toEpochDay() - b.start().toEpochDay();
    if (wa != wb) {
      return wa < wb;
    }
    return !a.approximate() && b.approximate();
  }
}
