package org.chronology.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** GET requests of the tests that expect a 200: the answer's JSON or its text. */
public final class Fetch {

  private Fetch() {}

  /** The JSON of a GET that must answer 200. */
  public static JsonPath json(String url) {
    return given().get(url).then().statusCode(200).extract().jsonPath();
  }

  /** A GET that must answer {@code status} with a body containing each of {@code contained}. */
  public static String expect(int status, String url, String... contained) {
    ValidatableResponse r = given().get(url).then().statusCode(status);
    for (String c : contained) {
      r.body(containsString(c));
    }
    return r.extract().asString();
  }

  /** The body of a GET that must answer 200 (a page, a feed, an export). */
  public static String text(String url) {
    return given().get(url).then().statusCode(200).extract().asString();
  }
}
