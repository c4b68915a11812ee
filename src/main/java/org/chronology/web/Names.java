package org.chronology.web;

import io.quarkus.qute.TemplateExtension;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.event.query.EventViews.ActorCount;
import org.chronology.event.query.EventViews.ActorView;
import org.chronology.event.query.EventViews.PlaceView;

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

  public static String display(ActorView a) {
    return pick(a.name(), a.nameEn());
  }

  public static String displayLang(ActorView a) {
    return langOf(a.nameEn());
  }

  public static String display(ActorCount a) {
    return pick(a.name(), a.nameEn());
  }

  public static String displayLang(ActorCount a) {
    return langOf(a.nameEn());
  }

  public static String display(ActorOption a) {
    return pick(a.name(), a.nameEn());
  }

  public static String displayLang(ActorOption a) {
    return langOf(a.nameEn());
  }

  public static String display(Actor a) {
    return pick(a.name, a.nameEn);
  }

  public static String displayLang(Actor a) {
    return langOf(a.nameEn);
  }

  public static String display(PlaceView p) {
    return pick(p.name(), p.nameEn());
  }

  public static String displayLang(PlaceView p) {
    return langOf(p.nameEn());
  }
}
