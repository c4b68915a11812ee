package org.chronology.revision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Records revisions as JSON snapshots (field → value) and reads them back with their differences.
 * Snapshots are plain maps so that any entity can be versioned without an auditing framework.
 */
@ApplicationScoped
public class RevisionService {

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  @Inject ObjectMapper json;

  /** One field that changed: as text, and as stored (lists stay lists) for readable diffs. */
  public record Change(
      String field, String before, String after, Object beforeValue, Object afterValue) {}

  /**
   * A revision with its changes, for the history pages. {@code number} counts the revisions of this
   * one record (1, 2, 3 …), whatever other records did in between.
   */
  public record Entry(Revision revision, List<Change> changes, int number) {

    /**
     * The extractor's version when this revision is the machine's re-extraction with the reason
     * {@link #reextractReason} wrote, so that the page says it in its own language; else null.
     */
    public String extractorVersion() {
      String r = revision.reason;
      if (!"reextract".equals(revision.action)
          || r == null
          || !r.startsWith(REEXTRACT_PREFIX)
          || !r.endsWith(REEXTRACT_SUFFIX)) {
        return null;
      }
      String v = r.substring(REEXTRACT_PREFIX.length(), r.length() - REEXTRACT_SUFFIX.length());
      return v.isEmpty() || v.contains(" ") ? null : v;
    }
  }

  private static final String REEXTRACT_PREFIX = "extractor v";
  private static final String REEXTRACT_SUFFIX = ": fields no editor set";

  /**
   * The reason stored with a re-extraction's revision: the extractor's version and that only the
   * fields no editor set changed. Stored in English (the log's and the API's language); the history
   * pages say it in theirs ({@link Entry#extractorVersion()}).
   */
  public static String reextractReason(String extractorVersion) {
    return REEXTRACT_PREFIX + extractorVersion + REEXTRACT_SUFFIX;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public Revision record(
      String entityType,
      long entityId,
      String action,
      String username,
      String reason,
      Map<String, Object> before,
      Map<String, Object> after) {
    Revision r = draft(entityType, entityId, action, username, reason, before, after);
    r.persist();
    return r;
  }

  /**
   * The revision {@link #record} would store, not persisted: a merge batch inserts its revisions
   * with its other rows, by JDBC, instead of one insert each through the session.
   */
  public Revision draft(
      String entityType,
      long entityId,
      String action,
      String username,
      String reason,
      Map<String, Object> before,
      Map<String, Object> after) {
    Revision r = new Revision();
    r.entityType = entityType;
    r.entityId = entityId;
    r.action = action;
    r.username = username;
    r.reason = reason == null || reason.isBlank() ? null : reason.strip();
    r.beforeJson = write(before);
    r.afterJson = write(after);
    return r;
  }

  /** Whether anything was ever recorded of the entity (it may no longer exist: merged away). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean recorded(String entityType, long entityId) {
    return Revision.count("entityType = ?1 and entityId = ?2", entityType, entityId) > 0;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Entry> history(String entityType, long entityId) {
    List<Revision> revisions =
        Revision.list("entityType = ?1 and entityId = ?2 order by id desc", entityType, entityId);
    List<Entry> out = new ArrayList<>();
    int n = revisions.size();
    for (Revision r : revisions) {
      out.add(new Entry(r, diff(read(r.beforeJson), read(r.afterJson)), n--));
    }
    return out;
  }

  public Map<String, Object> read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readValue(text, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable revision snapshot", e);
    }
  }

  public static List<Change> diff(Map<String, Object> before, Map<String, Object> after) {
    Set<String> keys = new LinkedHashSet<>();
    if (before != null) {
      keys.addAll(before.keySet());
    }
    if (after != null) {
      keys.addAll(after.keySet());
    }
    List<Change> out = new ArrayList<>();
    for (String k : keys) {
      Object b = before == null ? null : before.get(k);
      Object a = after == null ? null : after.get(k);
      if (!Objects.equals(normal(b), normal(a))) {
        out.add(new Change(k, show(b), show(a), b, a));
      }
    }
    return out;
  }

  private static Object normal(Object v) {
    return v instanceof Number n ? n.toString() : v;
  }

  private static String show(Object v) {
    return v == null ? "—" : v.toString();
  }

  private String write(Map<String, Object> snapshot) {
    if (snapshot == null) {
      return null;
    }
    try {
      return json.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("snapshot not serialisable", e);
    }
  }
}
