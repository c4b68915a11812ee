package org.chronology.extraction.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.chronology.time.Precision;

/**
 * Groups mentions of one happening in several articles into clusters.
 *
 * <p>Two mentions are one happening when they come from different articles (within one, the
 * coalesce stage has already folded further mentions and kept the rest apart), their types are
 * compatible (a visit and a meeting held during it), their dates are compatible and they share
 * principal actors: a person, unless each names two sides and they share at most one (one
 * minister's call to Damascus and visit to Cairo), or, when neither names a person, all the
 * countries/organisations of the smaller one, at least two of them or one at a place both name.
 * Known dates must overlap (approximate dates widened by a year); an unknown date merges only when
 * the places are known and equal. Different places never merge, so two visits of one person stay
 * apart. The cluster keeps the most precise date.
 */
public final class EventMerger {

  /** How many days apart two dated reports of one visit (or of a meeting during it) may be. */
  public static final int VISIT_DAYS = 3;

  public List<EventCluster> merge(List<ExtractedEvent> events) {
    List<ExtractedEvent> sorted = new ArrayList<>(events);
    sorted.sort(
        Comparator.comparing(ExtractedEvent::articleSource)
            .thenComparingInt(e -> e.evidence().sentence().start()));
    List<List<ExtractedEvent>> groups = new ArrayList<>();
    for (ExtractedEvent e : sorted) {
      List<ExtractedEvent> home = null;
      for (List<ExtractedEvent> g : groups) {
        if (g.stream().allMatch(m -> same(m, e))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(e);
    }
    List<EventCluster> out = new ArrayList<>();
    for (List<ExtractedEvent> g : groups) {
      out.add(cluster(g));
    }
    return out;
  }

  /** True when the two mentions report the same happening. */
  public boolean same(ExtractedEvent a, ExtractedEvent b) {
    if (a.articleSource().equals(b.articleSource())) {
      // the article's own coalescing, which read both sentences, kept them apart
      return false;
    }
    if (!typesCompatible(a.type(), b.type())) {
      return false;
    }
    if (a.location() != null
        && b.location() != null
        && !a.location().name().equals(b.location().name())) {
      return false;
    }
    DateValue da = a.date();
    DateValue db = b.date();
    if (da.known() && db.known()) {
      int slack = a.type() == EventType.VISIT || b.type() == EventType.VISIT ? VISIT_DAYS : 0;
      if (!overlap(da, db, slack)) {
        return false;
      }
    } else if (da.known() != db.known() || a.location() == null || b.location() == null) {
      return false;
    }
    return sharePrincipals(a, b);
  }

  private static boolean typesCompatible(EventType a, EventType b) {
    return a == b
        || (a == EventType.VISIT && b == EventType.MEETING)
        || (a == EventType.MEETING && b == EventType.VISIT);
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
      return pa.stream().anyMatch(pb::contains) && !otherSides(na, nb);
    }
    Set<String> small = na.size() <= nb.size() ? na : nb;
    Set<String> large = small == na ? nb : na;
    // one state alone ("وقعت السعودية …") is evidence of one happening only at one named place
    boolean placed = a.location() != null && b.location() != null;
    return !small.isEmpty()
        && large.containsAll(small)
        && (small.size() >= 2 || placed && pa.isEmpty() && pb.isEmpty());
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

  private static EventCluster cluster(List<ExtractedEvent> g) {
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
    EventStatus status = best.status();
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
