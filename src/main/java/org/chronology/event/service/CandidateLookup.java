package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.db.Rows;
import org.chronology.event.Event;
import org.chronology.event.Mention;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.merge.EventMerger;

/**
 * The stored events a newly extracted event may merge into, found through the mention columns
 * {@code merge_*} (indexed in V5) instead of by re-reading every article: a mention of a compatible
 * type, sharing an actor name, whose date overlaps with the merger's tolerance (or, both dates
 * unknown, at the same place), and whose actors meet the merge rule's need for principals in common
 * ({@link #matches}: a shared person, two shared names, or one at a place when no person is named)
 * — so that one popular state named by an upload does not bring in every event of the week that
 * names it. A superset of what {@link EventMerger#same} accepts, capped at {@link #CAP} events per
 * extracted event.
 */
final class CandidateLookup {

  private static final char SEP = '\u001f';

  private CandidateLookup() {}

  /**
   * Union branches per statement: a batch of articles may extract hundreds of events, and each
   * branch binds four parameters (the driver's limit is 32,767).
   */
  private static final int BRANCHES = 400;

  /**
   * From this many extracted events on (a bulk run's batch), the look-up is one statement of a
   * fixed text whose branches are rows of parameter arrays, joined laterally to the same indexed
   * conditions, instead of a union of one branch each. PostgreSQL plans a union branch by branch:
   * about 0.5–1 ms per branch, 150–330 ms at load 15 for a batch of 32 articles (260 branches)
   * before the first row is read, more than the look-up itself (docs/benchmarks.md, "Ingest: the
   * candidate look-up without a plan per branch"). Fewer events (an upload, an edit) keep the
   * union, planned with their values, as before. The fixed text answers what the union's SQL
   * answers before {@link #matches} and the cap are applied: a superset, which each article's
   * {@link #inScope} narrows in memory by the same {@link #matches} (the cap binds on uploads and
   * edits, where one popular name would otherwise bring in hundreds of events).
   */
  static final int LATERAL_FROM = 16;

  /**
   * The stored events the merges of a batch of articles may look at, in one round trip (per {@link
   * #BRANCHES} extracted events below {@link #LATERAL_FROM}): those the articles already report and
   * the candidates of each of their extracted events, joined by {@code union}. Each article's own
   * scope is then {@link #inScope} of these (and of the events the batch itself writes), tested in
   * memory: the batch's earlier merges change only events it holds.
   */
  static Set<Long> scope(
      EntityManager em, Collection<Long> articleIds, List<ExtractedEvent> events) {
    List<ExtractedEvent> branches =
        events.stream()
            .filter(x -> !x.actors().isEmpty() && (x.date().known() || x.location() != null))
            .toList();
    if (branches.size() >= LATERAL_FROM) {
      return scopeLateral(em, articleIds, branches);
    }
    Set<Long> out = new LinkedHashSet<>();
    int from = 0;
    do {
      List<ExtractedEvent> part =
          branches.subList(from, Math.min(branches.size(), from + BRANCHES));
      out.addAll(scopePart(em, from == 0 ? articleIds : List.of(), part));
      from += BRANCHES;
    } while (from < branches.size());
    return out;
  }

  /**
   * The mention's merge interval as V24's GiST index has it: the dated rows of the lateral join
   * find their mentions by this range's overlap with the event's window (the comparisons after it
   * keep the exact condition). The actors' test is wrapped in {@code coalesce} so that PostgreSQL
   * cannot answer the row from the actor names' GIN index instead: that reads every mention naming
   * a popular actor, and its plan took over once statistics were gathered, 1.6–3.3 s a batch at
   * 2,000 synthetic articles (docs/benchmarks.md, "Folder import at 2,000 articles").
   * least/greatest on both sides: a range is never built reversed (an error), and the overlap stays
   * a superset.
   */
  static final String RANGE =
      "daterange(least(m.merge_start, m.merge_end), greatest(m.merge_start, m.merge_end), '[]')";

  /** An extracted event's window with the merger's slack, as a range (see {@link #RANGE}). */
  static final String WINDOW =
      "daterange(least(x.earliest_end, x.latest_start), greatest(x.earliest_end, x.latest_start),"
          + " '[]')";

  /**
   * {@link #scope} as one statement of a fixed text: the branches with a known date are rows of
   * four arrays (compatible types, actor names, the latest start and the earliest end with the
   * merger's slack), those without one rows of three (types, actors, place); each row runs the
   * union branch's conditions against mention through a lateral join.
   */
  private static Set<Long> scopeLateral(
      EntityManager em, Collection<Long> articleIds, List<ExtractedEvent> branches) {
    List<String> datedTypes = new ArrayList<>();
    List<String> datedActors = new ArrayList<>();
    List<String> latestStart = new ArrayList<>();
    List<String> earliestEnd = new ArrayList<>();
    List<String> placeTypes = new ArrayList<>();
    List<String> placeActors = new ArrayList<>();
    List<String> places = new ArrayList<>();
    int slack = EventMerger.VISIT_DAYS;
    for (ExtractedEvent x : branches) {
      String types = String.join("" + SEP, compatible(x.type()));
      String actors = String.join("" + SEP, mergeNames(x));
      if (x.date().known()) {
        datedTypes.add(types);
        datedActors.add(actors);
        latestStart.add(x.date().end().plusDays(slack).toString());
        earliestEnd.add(x.date().start().minusDays(slack).toString());
      } else {
        placeTypes.add(types);
        placeActors.add(actors);
        places.add(x.location().name());
      }
    }
    String union =
        "select m.event_id from mention m where m.article_id = any(?1)"
            + " union select c.event_id from unnest(cast(?2 as text[]), cast(?3 as text[]),"
            + " cast(cast(?4 as text[]) as date[]), cast(cast(?5 as text[]) as date[]))"
            + " as x (types, actors, latest_start, earliest_end)"
            + " cross join lateral (select m.event_id from mention m where m.merge_type is not null"
            + " and m.merge_type = any(string_to_array(x.types, chr(31)))"
            + " and coalesce(m.merge_actors && string_to_array(x.actors, chr(31)), false)"
            + " and "
            + RANGE
            + " && "
            + WINDOW
            + " and m.merge_start <= x.latest_start and m.merge_end >= x.earliest_end) c"
            + " union select c.event_id from unnest(cast(?6 as text[]), cast(?7 as text[]),"
            + " cast(?8 as text[])) as x (types, actors, place)"
            + " cross join lateral (select m.event_id from mention m where m.merge_type is not null"
            + " and m.merge_type = any(string_to_array(x.types, chr(31)))"
            + " and m.merge_actors && string_to_array(x.actors, chr(31))"
            + " and m.merge_start is null and m.merge_location = x.place) c";
    // Every mention of those events with the columns the merge rule reads: the union is a
    // superset (a type and one name in common in the window), which grows with the archive;
    // only the events some article of the batch has in its scope are loaded (narrow).
    String sql =
        "select n.event_id, n.article_id, n.merge_type, n.merge_start, n.merge_end,"
            + " n.merge_location, n.merge_actors from mention n where n.event_id in ("
            + union
            + ")";
    Query q =
        em.createNativeQuery(sql)
            .setParameter(1, articleIds.toArray(Long[]::new))
            .setParameter(2, datedTypes.toArray(String[]::new))
            .setParameter(3, datedActors.toArray(String[]::new))
            .setParameter(4, latestStart.toArray(String[]::new))
            .setParameter(5, earliestEnd.toArray(String[]::new))
            .setParameter(6, placeTypes.toArray(String[]::new))
            .setParameter(7, placeActors.toArray(String[]::new))
            .setParameter(8, places.toArray(String[]::new));
    Map<Long, List<StoredMention>> mentions = new LinkedHashMap<>();
    for (Object o : q.getResultList()) {
      Object[] row = (Object[]) o;
      Mention m = mergeColumns(row);
      Long article = row[1] == null ? null : ((Number) row[1]).longValue();
      mentions
          .computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
          .add(new StoredMention(article, m));
    }
    return narrow(mentions, articleIds, branches);
  }

  /** A stored mention as the look-up reads it: its article's id and its merge columns. */
  record StoredMention(Long articleId, Mention merge) {}

  /**
   * A mention holding only the merge columns a look-up selects as columns 2 to 6 of its row (type,
   * start, end, location, actors): what {@link #matches} and {@link #closeness} compare.
   */
  private static Mention mergeColumns(Object[] row) {
    Mention m = new Mention();
    m.mergeType = (String) row[2];
    m.mergeStart = Rows.date(row[3]);
    m.mergeEnd = Rows.date(row[4]);
    m.mergeLocation = (String) row[5];
    m.mergeActors = Rows.texts(row[6]);
    return m;
  }

  /**
   * The events, among those whose stored mentions are given, that some article of a batch has in
   * its scope ({@link Probe#inScope} of the batch's articles and their extracted events): a mention
   * of one of the articles, or a mention {@link #matches} accepts for one of the extracted events.
   * The events left out are in no article's scope, and the batch's merges do not change them (they
   * change only events the batch holds), so each article's scope is the same as with every event of
   * the look-up's superset held.
   *
   * @param mentions each event's stored mentions (their article and merge columns), by event id
   */
  static Set<Long> narrow(
      Map<Long, List<StoredMention>> mentions,
      Collection<Long> articleIds,
      List<ExtractedEvent> events) {
    Probe probe = new Probe(Set.copyOf(articleIds), events);
    Set<Long> out = new LinkedHashSet<>();
    for (Map.Entry<Long, List<StoredMention>> e : mentions.entrySet()) {
      for (StoredMention m : e.getValue()) {
        if (probe.admits(m.articleId(), m.merge())) {
          out.add(e.getKey());
          break;
        }
      }
    }
    return out;
  }

  private static Set<Long> scopePart(
      EntityManager em, Collection<Long> articleIds, List<ExtractedEvent> events) {
    // The article's own events, then one indexed branch per extracted event: the mentions of a
    // compatible type sharing an actor name in the date window, with the merger's columns, so that
    // the merge rule's further conditions ({@link #matches}) are tested before any event is loaded.
    StringBuilder sql =
        new StringBuilder(
            "select m.event_id, true, null::text, null::date, null::date, null::text,"
                + " null::text[] from mention m where m.article_id = any(?1)");
    List<Object> params = new ArrayList<>();
    params.add(articleIds.toArray(Long[]::new));
    for (ExtractedEvent x : events) {
      String actors = String.join("" + SEP, mergeNames(x));
      sql.append(" union ");
      int p = params.size();
      sql.append(
              "select m.event_id, false, m.merge_type, m.merge_start, m.merge_end,"
                  + " m.merge_location, m.merge_actors from mention m where m.merge_type is not"
                  + " null")
          .append(" and m.merge_type = any(string_to_array(?")
          .append(p + 1)
          .append(", chr(31))) and m.merge_actors && string_to_array(?")
          .append(p + 2)
          .append(", chr(31))");
      params.add(String.join("" + SEP, compatible(x.type())));
      params.add(actors);
      if (x.date().known()) {
        int slack = EventMerger.VISIT_DAYS;
        sql.append(" and m.merge_start <= ?")
            .append(p + 3)
            .append(" and m.merge_end >= ?")
            .append(p + 4);
        params.add(x.date().end().plusDays(slack));
        params.add(x.date().start().minusDays(slack));
      } else {
        sql.append(" and m.merge_start is null and m.merge_location = ?").append(p + 3);
        params.add(x.location().name());
      }
    }
    Query q = em.createNativeQuery(sql.toString());
    for (int i = 0; i < params.size(); i++) {
      q.setParameter(i + 1, params.get(i));
    }
    Set<Long> out = new LinkedHashSet<>();
    // Per extracted event, the events it admits with their closeness; capped below.
    List<Map<Long, Long>> admitted = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      admitted.add(new HashMap<>());
    }
    for (Object o : q.getResultList()) {
      Object[] row = (Object[]) o;
      long id = ((Number) row[0]).longValue();
      if (Boolean.TRUE.equals(row[1])) {
        out.add(id);
        continue;
      }
      Mention m = mergeColumns(row);
      for (int i = 0; i < events.size(); i++) {
        ExtractedEvent x = events.get(i);
        if (matches(m, x)) {
          admitted.get(i).merge(id, closeness(m, x), Math::max);
        }
      }
    }
    for (Map<Long, Long> perEvent : admitted) {
      out.addAll(closest(perEvent));
    }
    return out;
  }

  /**
   * At most {@link #CAP} candidates per extracted event, the closest first (most shared names, then
   * nearest date, then lowest id): an upload's merge reads, and re-reads the articles of, a bounded
   * number of events however popular the actors it names. Past the cap an event that might have
   * merged is left alone (the article's event is stored beside it, as a duplicate an editor can
   * merge); the merge rule's own conditions ({@link #matches}) are applied before the cap, so it
   * binds only on candidates the rule would accept.
   */
  static final int CAP = 16;

  private static List<Long> closest(Map<Long, Long> scored) {
    if (scored.size() <= CAP) {
      return List.copyOf(scored.keySet());
    }
    return scored.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<Long, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .limit(CAP)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Higher is closer: shared names first, then the distance between the dates in days. */
  private static long closeness(Mention m, ExtractedEvent x) {
    long shared =
        x.actors().stream()
            .map(ActorMention::name)
            .distinct()
            .filter(List.of(m.mergeActors)::contains)
            .count();
    long days = 0;
    if (x.date().known() && m.mergeStart != null) {
      days = Math.min(100_000, Math.abs(ChronoUnit.DAYS.between(x.date().start(), m.mergeStart)));
    }
    return shared * 1_000_000 - days;
  }

  /**
   * True when the event, with its mentions as they are in memory, is in the article's scope: what
   * {@link #scope}'s SQL and {@link #matches} answer for that one article once the event is written
   * (a mention of the article, or one branch's conditions; the cap is not applied here). Its
   * mentions must be loaded.
   */
  static boolean inScope(Event e, long articleId, List<ExtractedEvent> fresh) {
    return new Probe(articleId, fresh).inScope(e);
  }

  /**
   * {@link #inScope} for one article, asked of many events (a batch's merge asks it of every event
   * the batch holds, for each of its articles): its fresh events grouped once by the stored merge
   * types they may match ({@link #matches} is false for any other type, and for an event without
   * actors, or without a date and a place), so a mention is tested only against those. The same
   * answers as trying every fresh event on every mention.
   */
  static final class Probe {
    private final Set<Long> articleIds;
    private final Map<String, List<ExtractedEvent>> byMergeType = new HashMap<>();

    Probe(long articleId, List<ExtractedEvent> fresh) {
      this(Set.of(articleId), fresh);
    }

    /** The scope of any of several articles, their extracted events together ({@link #narrow}). */
    Probe(Set<Long> articleIds, List<ExtractedEvent> fresh) {
      this.articleIds = articleIds;
      for (ExtractedEvent x : fresh) {
        if (x.actors().isEmpty() || (!x.date().known() && x.location() == null)) {
          continue;
        }
        for (String type : compatible(x.type())) {
          byMergeType.computeIfAbsent(type, k -> new ArrayList<>()).add(x);
        }
      }
    }

    /** {@link CandidateLookup#inScope} of the event for this article and its fresh events. */
    boolean inScope(Event e) {
      for (Mention m : e.mentions) {
        if (admits(m.article == null ? null : m.article.id, m)) {
          return true;
        }
      }
      return false;
    }

    /** True when this one mention, of the article with that id, puts its event in scope. */
    boolean admits(Long mentionArticleId, Mention m) {
      if (mentionArticleId != null && articleIds.contains(mentionArticleId)) {
        return true;
      }
      List<ExtractedEvent> candidates =
          m.mergeType == null || m.mergeActors == null ? null : byMergeType.get(m.mergeType);
      if (candidates != null) {
        for (ExtractedEvent x : candidates) {
          if (matches(m, x)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * One branch of {@link #scope}'s union for one stored mention, narrowed by what {@link
   * EventMerger#same} requires of the actors: a compatible type, overlapping dates (or, both
   * unknown, the same place), and principals in common — a person of the new event named in the
   * mention (letter for letter or as {@link EventMerger#samePerson} reads names), two shared names,
   * or one shared name when both name a place and the new event names no person. A mention sharing
   * only one country with an event of a person (a visit naming a popular state) is not a candidate:
   * the rule would reject it.
   */
  static boolean matches(Mention m, ExtractedEvent x) {
    if (x.actors().isEmpty() || (!x.date().known() && x.location() == null)) {
      return false;
    }
    if (m.mergeType == null
        || !compatible(x.type()).contains(m.mergeType)
        || m.mergeActors == null) {
      return false;
    }
    if (x.date().known()) {
      int slack = EventMerger.VISIT_DAYS;
      if (m.mergeStart == null
          || m.mergeEnd == null
          || m.mergeStart.isAfter(x.date().end().plusDays(slack))
          || m.mergeEnd.isBefore(x.date().start().minusDays(slack))) {
        return false;
      }
    } else if (m.mergeStart != null || !x.location().name().equals(m.mergeLocation)) {
      return false;
    }
    // Different places never merge, except a country and a place in it, a happening other than a
    // visit or a meeting both date to one exact day or placed in its sides' states, and a visit
    // placed in two states (one may be the visitor's own).
    if (x.location() != null
        && m.mergeLocation != null
        && !PLACES.samePlace(x.location().name(), m.mergeLocation)
        && !sameDayElsewhere(m, x)
        && !sidesOwnPlaces(m, x)
        && !visitInTwoStates(m, x)) {
      return false;
    }
    List<String> theirs =
        Arrays.stream(m.mergeActors).filter(n -> !n.startsWith(EventMerger.PERSON_KEY)).toList();
    Set<String> shared = new HashSet<>();
    List<String> persons = new ArrayList<>();
    for (ActorMention a : x.actors()) {
      if (theirs.contains(a.name())) {
        shared.add(a.name());
      }
      if (a.kind() == ActorKind.PERSON) {
        persons.add(a.name());
      }
    }
    if (shared.size() >= 2) {
      return true;
    }
    // A person of the new event named in the mention, letter for letter or spelt another way.
    for (String p : persons) {
      for (String q : theirs) {
        if (EventMerger.samePerson(p, q)) {
          return true;
        }
      }
    }
    if (shared.isEmpty()) {
      return false;
    }
    if (oneDay(m, x)) {
      // one name on one exact day both give (not a visit or meeting): the merge decides
      return true;
    }
    if (!persons.isEmpty()) {
      return false;
    }
    return x.location() != null && m.mergeLocation != null;
  }

  /**
   * What a mention stores in {@code merge_actors} and what the look-up seeks there: the actors'
   * names and, for each person, {@link EventMerger#personKey}, so that one person spelt two ways
   * ("إسحاق هرتسوغ" / "إسحق هرتسوج") is found by the index as the merger would join them.
   */
  static String[] mergeNames(ExtractedEvent x) {
    Set<String> out = new LinkedHashSet<>();
    for (ActorMention a : x.actors()) {
      out.add(a.name());
    }
    for (ActorMention a : x.actors()) {
      if (a.kind() == ActorKind.PERSON) {
        String k = EventMerger.personKey(a.name());
        if (k != null) {
          out.add(k);
        }
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * What may be EventMerger's rule for one name on one day: one type, not a visit or a meeting, and
   * both dated to the same one day (a superset: the mention's precision is not stored).
   */
  private static boolean oneDay(Mention m, ExtractedEvent x) {
    return x.type().code().equals(m.mergeType)
        && x.type() != EventType.VISIT
        && x.type() != EventType.MEETING
        && x.date().known()
        && x.date().start().equals(x.date().end())
        && x.date().start().equals(m.mergeStart)
        && x.date().end().equals(m.mergeEnd);
  }

  /** The merger's places (the standard list), for its place rule. */
  private static final EventMerger PLACES = new EventMerger();

  /**
   * What may be EventMerger's exception for two places: not a visit or meeting, and the mention's
   * date one day, the day of the new event (a superset: the mention's precision is not stored).
   */
  private static boolean sameDayElsewhere(Mention m, ExtractedEvent x) {
    if (x.type() == EventType.VISIT
        || x.type() == EventType.MEETING
        || EventType.VISIT.code().equals(m.mergeType)
        || EventType.MEETING.code().equals(m.mergeType)) {
      return false;
    }
    return x.date().known()
        && x.date().start().equals(x.date().end())
        && x.date().start().equals(m.mergeStart)
        && x.date().end().equals(m.mergeEnd);
  }

  /**
   * What may be EventMerger's exception for a deal or a clash placed in its two sides' states: not
   * a visit or a meeting, both places' states named by both (a superset: every stored name counts).
   */
  private static boolean sidesOwnPlaces(Mention m, ExtractedEvent x) {
    if (placeBound(x.type().code()) || placeBound(m.mergeType)) {
      return false;
    }
    List<String> mine = x.actors().stream().map(ActorMention::name).toList();
    return PLACES.sidesOwnPlaces(
        x.location().name(), mine, m.mergeLocation, Arrays.asList(m.mergeActors));
  }

  private static boolean placeBound(String type) {
    return EventType.VISIT.code().equals(type) || EventType.MEETING.code().equals(type);
  }

  /**
   * What may be EventMerger's exception for a visit placed in the visitor's own country: a visit
   * and a visit or a meeting whose places lie in two states (a superset: the parts are not stored).
   */
  private static boolean visitInTwoStates(Mention m, ExtractedEvent x) {
    boolean visit = x.type() == EventType.VISIT || EventType.VISIT.code().equals(m.mergeType);
    boolean bound =
        (x.type() == EventType.VISIT || x.type() == EventType.MEETING)
            && (EventType.VISIT.code().equals(m.mergeType)
                || EventType.MEETING.code().equals(m.mergeType));
    return visit && bound && PLACES.placesInTwoStates(x.location().name(), m.mergeLocation);
  }

  /** A visit and a meeting held during it may be one happening; other types only with their own. */
  private static List<String> compatible(EventType t) {
    return COMPATIBLE.get(t);
  }

  /** {@link #compatible} of each type, made once: it is asked per stored mention and event. */
  private static final Map<EventType, List<String>> COMPATIBLE = new EnumMap<>(EventType.class);

  static {
    for (EventType t : EventType.values()) {
      COMPATIBLE.put(
          t,
          t == EventType.VISIT || t == EventType.MEETING
              ? List.of(EventType.VISIT.code(), EventType.MEETING.code())
              : List.of(t.code()));
    }
  }
}
