package org.chronology.web;

import java.time.LocalDate;

/**
 * An honest date: an inclusive interval (either end may be unknown), its precision code and whether
 * the text hedged it. What {@link Labels#date} needs to say it in the reader's language.
 */
public interface Dated {

  LocalDate start();

  LocalDate end();

  /** A precision code: day, week, month, season, year, decade, century, unknown. */
  String precision();

  boolean approximate();
}
