package org.chronology.web;

import io.quarkus.qute.TemplateExtension;

/**
 * Names in the interface language: the English name where one is known and the reader chose
 * English, the Arabic name otherwise.
 */
@TemplateExtension
public final class Names {

  private Names() {}

  static String pick(String ar, String en) {
    return Ui.current().isEn() && en != null && !en.isBlank() ? en : ar;
  }

  /** The language of {@link #pick}'s answer, for the lang attribute. */
  static String langOf(String en) {
    return Ui.current().isEn() && en != null && !en.isBlank() ? "en" : "ar";
  }

  public static String display(Bilingual a) {
    return pick(a.name(), a.nameEn());
  }

  public static String displayLang(Bilingual a) {
    return langOf(a.nameEn());
  }
}
