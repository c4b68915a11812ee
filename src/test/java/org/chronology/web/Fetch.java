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

  /** A GET that must answer 400 naming this parameter in the documented error JSON. */
  public static void badParameter(String url, String parameter) {
    given()
        .get(url)
        .then()
        .statusCode(400)
        .body("parameter", org.hamcrest.Matchers.equalTo(parameter));
  }

  /**
   * A GET that must answer {@code status}, its body containing {@code contained} but not {@code
   * absent}.
   */
  public static void expectWithout(int status, String url, String contained, String absent) {
    given()
        .get(url)
        .then()
        .statusCode(status)
        .body(containsString(contained))
        .body(org.hamcrest.Matchers.not(containsString(absent)));
  }

  /** The CSRF token a page's form carries (fails with {@code missing} when there is none). */
  public static String csrfToken(String html, String missing) {
    java.util.regex.Matcher m = CSRF_TOKEN.matcher(html);
    org.junit.jupiter.api.Assertions.assertTrue(m.find(), missing);
    return m.group(1);
  }

  private static final java.util.regex.Pattern CSRF_TOKEN =
      java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  /** Posts the sign-in form as a browser with these cookies does; redirects are not followed. */
  public static io.restassured.response.Response signIn(
      java.util.Map<String, String> cookies, String username, String password, String token) {
    return given()
        .redirects()
        .follow(false)
        .cookies(cookies)
        .contentType(io.restassured.http.ContentType.URLENC)
        .formParam("j_username", username)
        .formParam("j_password", password)
        .formParam("csrf-token", token)
        .post("/j_security_check");
  }
}
