package org.chronology.event.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds the event edit form as the page would submit it, from the API's view of the event. */
final class Forms {

  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

  private Forms() {}

  static long version(Editors.Session s, Object eventId) {
    Matcher m = VERSION.matcher(s.get("/events/" + eventId + "/edit").asString());
    if (!m.find()) {
      throw new AssertionError("no version on the edit form");
    }
    return Long.parseLong(m.group(1));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> editForm(Editors.Session s, Object eventId) {
    Map<String, Object> e = Editors.event(eventId);
    Map<String, Object> date = (Map<String, Object>) e.get("date");
    Map<String, Object> f = new HashMap<>();
    f.put("version", version(s, eventId));
    f.put("type", e.get("type"));
    f.put("title", e.get("title"));
    f.put("status", e.get("status"));
    f.put("dateStart", date.get("start") == null ? "" : date.get("start"));
    f.put("dateEnd", date.get("end") == null ? "" : date.get("end"));
    f.put("datePrecision", date.get("precision"));
    if (Boolean.TRUE.equals(date.get("approximate"))) {
      f.put("dateApproximate", "1");
    }
    Map<String, Object> loc = (Map<String, Object>) e.get("location");
    f.put("locationName", loc == null ? "" : loc.get("name"));
    f.put("locationNameEn", loc == null || loc.get("nameEn") == null ? "" : loc.get("nameEn"));
    f.put("review", e.get("review"));
    f.put("note", "");
    List<String> ids = new ArrayList<>();
    for (Map<String, Object> a : (List<Map<String, Object>>) e.get("actors")) {
      ids.add(String.valueOf(a.get("id")));
      f.put("role-" + a.get("id"), a.get("role") == null ? "" : a.get("role"));
    }
    f.put("actor", ids);
    return f;
  }
}
