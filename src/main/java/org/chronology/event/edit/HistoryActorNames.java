package org.chronology.event.edit;

import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.db.Hql;
import org.chronology.revision.RevisionService.Change;
import org.chronology.revision.RevisionService.Entry;

/**
 * An event's history in English: the snapshots keep actors as "id:name:role" with the Arabic name,
 * so the actors' English names (the ones the public pages show) replace it where one is known, both
 * sides alike so that the diff still marks only what changed.
 *
 * <p>An actor since merged into another is named as the surviving actor is: the merge said both are
 * one actor, its id now leads to the survivor's page and its events are listed under the survivor's
 * name, so its own English name (often the variant spelling that made the duplicate, or none at
 * all) would read as a different actor. The Arabic history keeps the name the snapshot recorded,
 * which is the record itself rather than a label.
 */
final class HistoryActorNames {

  private HistoryActorNames() {}

  static List<Entry> inEnglish(List<Entry> entries) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Entry e : entries) {
      for (Change c : e.changes()) {
        if (c.field().equals("actors")) {
          collect(c.beforeValue(), ids);
          collect(c.afterValue(), ids);
        }
      }
    }
    if (ids.isEmpty()) {
      return entries;
    }
    Map<Long, String> en = new HashMap<>();
    List<Object[]> rows =
        Hql.query(
                Panache.getEntityManager(),
                "select a.id, case when m.id is null then a.nameEn"
                    + " else coalesce(nullif(m.nameEn, ''), m.name) end"
                    + " from Actor a left join a.mergedInto m where a.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] r : rows) {
      if (r[1] instanceof String name && !name.isEmpty()) {
        en.put(((Number) r[0]).longValue(), name);
      }
    }
    if (en.isEmpty()) {
      return entries;
    }
    List<Entry> out = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      List<Change> changes = new ArrayList<>(e.changes().size());
      for (Change c : e.changes()) {
        changes.add(
            c.field().equals("actors")
                ? new Change(
                    c.field(),
                    c.before(),
                    c.after(),
                    rename(c.beforeValue(), en),
                    rename(c.afterValue(), en))
                : c);
      }
      out.add(new Entry(e.revision(), changes, e.number()));
    }
    return out;
  }

  private static void collect(Object value, Set<Long> ids) {
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        Long id = id(String.valueOf(item));
        if (id != null) {
          ids.add(id);
        }
      }
    }
  }

  private static Object rename(Object value, Map<Long, String> en) {
    if (!(value instanceof Collection<?> items)) {
      return value;
    }
    List<String> out = new ArrayList<>(items.size());
    for (Object item : items) {
      String raw = String.valueOf(item);
      Long id = id(raw);
      String name = id == null ? null : en.get(id);
      if (name == null) {
        out.add(raw);
      } else {
        // "id:name:role": the role is after the last colon, a name may hold colons.
        out.add(id + ":" + name + raw.substring(raw.lastIndexOf(':')));
      }
    }
    return out;
  }

  /** The actor id of an "id:name:role" item with both colons, else null. */
  private static Long id(String raw) {
    int first = raw.indexOf(':');
    if (first <= 0 || raw.lastIndexOf(':') == first) {
      return null;
    }
    try {
      return Long.parseLong(raw.substring(0, first));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
