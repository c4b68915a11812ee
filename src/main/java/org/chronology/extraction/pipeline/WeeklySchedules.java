package org.chronology.extraction.pipeline;

import java.util.regex.Pattern;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * "تفتح السفارة أبوابها من الأحد إلى الخميس، من 9:00 حتى 15:00": a weekly timetable (a mission's
 * opening hours) is how things stand every week, a standing fact the guide keeps out of events, not
 * a happening dated by the last such week.
 */
final class WeeklySchedules {

  /** A time of day written with its minutes ("9:00"، "13:30"). */
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}");

  private WeeklySchedules() {}

  /**
   * d's sentence names two weekdays or more (a range of the week) with an hour of the day or a word
   * of opening hours.
   */
  static boolean timetable(Lexicon lexicon, Document doc, EventDraft d) {
    var s = doc.sentences().get(d.sentence);
    int days = 0;
    boolean hours = false;
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      String w = doc.tokens().get(t).text();
      days += Weekdays.isWeekday(w) ? 1 : 0;
      hours |= lexicon.isBareOrJoined(FunctionWord.OPENING_HOURS, w);
    }
    if (days < 2) {
      return false;
    }
    return hours || CLOCK.matcher(doc.article().text().substring(s.start(), s.end())).find();
  }
}
