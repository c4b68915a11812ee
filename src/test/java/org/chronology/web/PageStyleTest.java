package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The stylesheets inlined in every page are the static files, whole, without comments. */
class PageStyleTest {

  private static long count(String s, char c) {
    return s.chars().filter(x -> x == c).count();
  }

  @Test
  void everyRuleOfBothSheetsIsInlined() throws IOException {
    PageStyle style = new PageStyle();
    String css = style.css().getValue() + style.axis().getValue();
    String app = Files.readString(Path.of("src/main/resources/META-INF/resources/css/app.css"));
    String axis = Files.readString(Path.of("src/main/resources/META-INF/resources/css/axis.css"));
    String both = (app + axis).replaceAll("(?s)/\\*.*?\\*/", "");
    assertFalse(style.css().getValue().contains(".story-card"), "the axis's sheet apart");
    assertTrue(style.axis().getValue().contains(".story-card"), "the axis's sheet apart");
    assertEquals(count(both, '{'), count(css, '{'), "as many rules");
    assertEquals(count(both, ';'), count(css, ';'), "as many declarations");
    assertFalse(css.contains("/*"), "no comments");
    assertTrue(css.contains("font-display:swap"), "the font faces come along");
    assertTrue(css.length() < both.length(), "smaller than the files");
  }

  @Test
  void minifyingKeepsValuesAndCannotCloseTheStyleElement() {
    assertEquals(
        "a>b,c :hover{margin:0 auto;width:calc(100% - 2rem)!important}",
        PageStyle.minify(
            "a > b, c :hover {\n  margin: 0 auto; /* why */\n  width: calc(100% - 2rem) !important }"));
    assertEquals(
        "a::before{content:\"a: b, c { d }\"}",
        PageStyle.minify("a::before { content: \"a: b, c { d }\" }"),
        "strings as they are");
    assertFalse(PageStyle.minify("a{content:\"</style>\"}").contains("</"));
  }
}
