package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorAlias;
import org.chronology.db.Sql;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The actor editor's country and duplicate boxes take names (or aliases) with suggestions: one
 * match is used, several are offered to pick from, none is an error; numbers still work. When no
 * actor bears the typed text and several names contain it, these boxes and the event editor's
 * add-actor box say "the actors whose names contain «…»" (as the chronology's actor box does), and
 * keep "more than one actor has this name" for actors that do bear it; in Arabic and English.
 */
@QuarkusTest
class ActorEditByNameTest {

  private final String suffix = "ت" + Long.toString(System.nanoTime(), 36);
  private long person;
  private long north;
  private long south;
  private long twinA;
  private long twinB;
  private long namesakePerson;
  private long namesakeGroup;

  @BeforeEach
  void actors() {
    person = create("person", "شخص " + suffix, null);
    north = create("country", "دولة " + suffix + " الشمالية", "North " + suffix);
    south = create("country", "دولة " + suffix + " الجنوبية", null);
    twinA = create("person", "توأم " + suffix + " الأول", null);
    twinB = create("person", "توأم " + suffix + " الثاني", null);
    // Two actors that bear one name (a name is unique within a kind).
    namesakePerson = create("person", "سمي " + suffix, null);
    namesakeGroup = create("organization", "سمي " + suffix, null);
  }

  @AfterEach
  void remove() {
    Sql.inTransaction(
        em -> {
          em.createNativeQuery(
                  "update actor set country_id = null, merged_into = null where name like ?1")
              .setParameter(1, "%" + suffix + "%")
              .executeUpdate();
          em.createNativeQuery("delete from actor where name like ?1")
              .setParameter(1, "%" + suffix + "%")
              .executeUpdate();
        });
  }

  private static long create(String kind, String name, String nameEn) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Actor a = new Actor();
              a.kind = kind;
              a.name = name;
              a.nameEn = nameEn;
              a.origin = "editor";
              a.aliases.add(ActorAlias.of(a, name));
              a.persist();
              return a.id;
            });
  }

  private static Long countryOf(long id) {
    return linked(id, a -> a.country);
  }

  private static Long mergedInto(long id) {
    return linked(id, a -> a.mergedInto);
  }

  /** The id of the actor another one points to (its country, what it was merged into), or null. */
  private static Long linked(long id, java.util.function.UnaryOperator<Actor> link) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Actor other = link.apply(Actor.findById(id));
              return other == null ? null : other.id;
            });
  }

  private Response save(Editors.Session ed, Map<String, Object> fields) {
    String page = "/actors/" + person + "/edit";
    Map<String, Object> f = new java.util.HashMap<>(fields);
    f.put("version", Jsoup.parse(ed.get(page).asString()).selectFirst("input[name=version]").val());
    return ed.post(page, page, f);
  }

  private static Set<String> choices(Document d, String name) {
    return d.select("input[type=radio][name=" + name + "]").stream()
        .map(e -> e.val())
        .collect(Collectors.toSet());
  }

  @Test
  void theCountryIsChosenByName() {
    Editors.Session ed = Editors.editor();
    ed.cookies.put("lang", "en");
    String page = "/actors/" + person + "/edit";

    // One match, by its English name (any case): used.
    Response one = save(ed, Map.of("country", "north " + suffix));
    assertEquals(303, one.statusCode(), one.asString());
    assertEquals(north, countryOf(person));
    // The box now shows the name, and sending it unchanged keeps the country.
    Document shown = Jsoup.parse(ed.get(page).asString());
    assertEquals("North " + suffix, shown.getElementById("country").val());
    assertNotNull(shown.selectFirst("datalist#country-choices"));
    assertEquals(303, save(ed, Map.of("country", "North " + suffix)).statusCode());
    assertEquals(north, countryOf(person));

    // Several: nothing saved, both offered, what was typed kept.
    Response several = save(ed, Map.of("country", "دولة " + suffix, "office", "منصب مكتوب"));
    assertEquals(400, several.statusCode());
    Document d = Jsoup.parse(several.asString());
    assertEquals(Set.of(String.valueOf(north), String.valueOf(south)), choices(d, "countryPick"));
    assertEquals("منصب مكتوب", d.getElementById("office").val(), "the office typed is kept");
    assertEquals("دولة " + suffix, d.getElementById("country").val());
    // Neither country is called that: both names contain it.
    assertEquals(
        "The actors whose names contain “دولة " + suffix + "”: pick one from the list",
        d.getElementById("country-error").text());
    assertEquals(
        "The actors whose names contain “دولة " + suffix + "”: pick one, then send the form",
        d.selectFirst("fieldset.actor-choices legend").text());
    assertEquals(north, countryOf(person), "nothing saved");
    // Picking one of them saves it.
    Response picked =
        save(ed, Map.of("country", "دولة " + suffix, "countryPick", String.valueOf(south)));
    assertEquals(303, picked.statusCode(), picked.asString());
    assertEquals(south, countryOf(person));

    // None: an error on the field. A person is not a country.
    Response none = save(ed, Map.of("country", "لا دولة " + suffix + " هنا"));
    assertEquals(400, none.statusCode());
    assertEquals(
        "No country has this name",
        Jsoup.parse(none.asString()).getElementById("country-error").text());
    Response notCountry = save(ed, Map.of("country", "توأم " + suffix + " الأول"));
    assertEquals(400, notCountry.statusCode());
    assertEquals(south, countryOf(person));

    // A number still works; blank clears it.
    assertEquals(303, save(ed, Map.of("country", String.valueOf(north))).statusCode());
    assertEquals(north, countryOf(person));
    assertEquals(303, save(ed, Map.of("country", "")).statusCode());
    assertNull(countryOf(person));

    // Suggestions for the box: countries only.
    Document s =
        Jsoup.parse(
            ed.get("/actors/suggest?list=country-choices&kind=country&country=" + suffix)
                .asString());
    List<String> options = s.select("datalist#country-choices option").eachAttr("value");
    assertEquals(2, options.size(), options.toString());
    assertTrue(options.contains("North " + suffix), options.toString());
  }

  @Test
  void theDuplicateIsChosenByName() {
    Editors.Session ed = Editors.editor();
    ed.cookies.put("lang", "en");
    String page = "/actors/" + person + "/edit";
    String merge = "/actors/" + person + "/merge";

    Response several = ed.post(merge, page, Map.of("duplicate", "توأم " + suffix));
    assertEquals(400, several.statusCode());
    Document d = Jsoup.parse(several.asString());
    assertEquals(Set.of(String.valueOf(twinA), String.valueOf(twinB)), choices(d, "duplicatePick"));
    assertNull(mergedInto(twinA));
    assertEquals(
        "The actors whose names contain “توأم " + suffix + "”: pick one from the list",
        d.getElementById("merge-error").text());
    assertEquals(
        "The actors whose names contain “توأم " + suffix + "”: pick one, then send the form",
        d.selectFirst("fieldset.actor-choices legend").text());
    ed.cookies.put("lang", "ar");
    Document ar =
        Jsoup.parse(ed.post(merge, page, Map.of("duplicate", "توأم " + suffix)).asString());
    assertEquals(
        "الفاعلون الذين تتضمن أسماؤهم «توأم " + suffix + "»: اختر واحداً من القائمة",
        ar.getElementById("merge-error").text());
    assertEquals(
        "الفاعلون الذين تتضمن أسماؤهم «توأم " + suffix + "»: اختر واحداً ثم أرسل النموذج",
        ar.selectFirst("fieldset.actor-choices legend").text());
    // Actors that bear the name are still "more than one actor with this name".
    Document same =
        Jsoup.parse(ed.post(merge, page, Map.of("duplicate", "سمي " + suffix)).asString());
    assertEquals(
        Set.of(String.valueOf(namesakePerson), String.valueOf(namesakeGroup)),
        choices(same, "duplicatePick"));
    assertEquals(
        "أكثر من فاعل بهذا الاسم: اختر واحداً من القائمة",
        same.getElementById("merge-error").text());
    ed.cookies.put("lang", "en");
    same = Jsoup.parse(ed.post(merge, page, Map.of("duplicate", "سمي " + suffix)).asString());
    assertEquals(
        "More than one actor has this name: pick one from the list",
        same.getElementById("merge-error").text());
    assertEquals(
        "More than one actor has this name: pick one, then send the form",
        same.selectFirst("fieldset.actor-choices legend").text());

    Response none = ed.post(merge, page, Map.of("duplicate", "لا أحد " + suffix));
    assertEquals(400, none.statusCode());
    assertEquals(
        "No actor has this name",
        Jsoup.parse(none.asString()).getElementById("merge-error").text());

    // The actor itself is never meant: its own name matches nothing else.
    Response self = ed.post(merge, page, Map.of("duplicate", "شخص " + suffix));
    assertEquals(400, self.statusCode());

    Response picked =
        ed.post(
            merge,
            page,
            Map.of("duplicate", "توأم " + suffix, "duplicatePick", String.valueOf(twinB)));
    assertEquals(303, picked.statusCode(), picked.asString());
    assertEquals(person, mergedInto(twinB));

    Response one = ed.post(merge, page, Map.of("duplicate", "توأم " + suffix + " الأول"));
    assertEquals(303, one.statusCode(), one.asString());
    assertEquals(person, mergedInto(twinA));
  }

  @Test
  void theEventEditorsAddActorBoxSaysNamesContainWhatWasTyped() {
    Editors.Edit edit = Editors.editSample(Editors.editor());
    Editors.Session ed = edit.session();
    for (String lang : List.of("ar", "en")) {
      boolean en = lang.equals("en");
      ed.cookies.put("lang", lang);
      Map<String, Object> f = edit.freshForm();
      f.put("addActor", "توأم " + suffix);
      f.put("addRole", "speaker");
      Response contained = ed.post(edit.page(), edit.page(), f);
      assertEquals(400, contained.statusCode(), contained.asString());
      assertEquals(
          en
              ? "The actors whose names contain “توأم " + suffix + "”: pick one from the list"
              : "الفاعلون الذين تتضمن أسماؤهم «توأم " + suffix + "»: اختر واحداً من القائمة",
          Jsoup.parse(contained.asString()).getElementById("addActor-error").text());
      f = edit.freshForm();
      f.put("addActor", "سمي " + suffix);
      f.put("addRole", "speaker");
      Response bear = ed.post(edit.page(), edit.page(), f);
      assertEquals(400, bear.statusCode(), bear.asString());
      assertEquals(
          en
              ? "More than one actor has this name: type the full name or pick from the list"
              : "أكثر من فاعل بهذا الاسم: اكتب الاسم كاملاً أو اختر من القائمة",
          Jsoup.parse(bear.asString()).getElementById("addActor-error").text());
    }
  }
}
