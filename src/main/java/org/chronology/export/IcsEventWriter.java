package org.chronology.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.fortuna.ical4j.data.FoldingWriter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.MentionView;

/**
 * iCalendar (RFC 5545): each dated event is an all-day VEVENT over its whole interval (DTEND is
 * exclusive, so the day after the end). Components and properties are built and escaped by ical4j;
 * they are written one at a time (a {@code Calendar} object would hold all of them), folded by
 * ical4j's {@link FoldingWriter}. The precision and whether the date is approximate stay in {@code
 * X-CHRONOLOGY-*} properties and, for dates coarser than a day, in the summary. Events without a
 * known date have no place in a calendar and are left out.
 */
final class IcsEventWriter implements EventWriter.Dated {

  static final String X_PRECISION = "X-CHRONOLOGY-PRECISION";
  static final String X_APPROXIMATE = "X-CHRONOLOGY-APPROXIMATE";
  static final String X_DATE_TEXT = "X-CHRONOLOGY-DATE-TEXT";
  static final String X_TYPE = "X-CHRONOLOGY-TYPE";

  private final Writer out;
  private final String baseUrl;

  IcsEventWriter(OutputStream stream, String baseUrl) {
    this.out =
        new FoldingWriter(
            new OutputStreamWriter(stream, StandardCharsets.UTF_8),
            FoldingWriter.REDUCED_FOLD_LENGTH);
    this.baseUrl = baseUrl;
  }

  @Override
  public void begin() throws IOException {
    out.write("BEGIN:VCALENDAR\r\n");
    out.write(ImmutableVersion.VERSION_2_0.toString());
    out.write(new ProdId("-//Chronology//Events export//EN").toString());
    out.write(ImmutableCalScale.GREGORIAN.toString());
  }

  @Override
  public void write(EventView e, LocalDate start, LocalDate end) throws IOException {
    VEvent v = new VEvent(start, end.plusDays(1), summary(e));
    v.add(new Uid("event-" + e.id() + "@chronology"));
    v.add(new Description(description(e)));
    v.add(new Url(URI.create(EventWriter.pageUrl(baseUrl, e))));
    v.add(new Categories(e.type()));
    if (e.location() != null) {
      v.add(new Location(e.location().name()));
    }
    v.add(new XProperty(X_PRECISION, e.date().precision()));
    v.add(new XProperty(X_APPROXIMATE, e.date().approximate() ? "TRUE" : "FALSE"));
    v.add(new XProperty(X_TYPE, e.type()));
    if (e.date().text() != null) {
      v.add(new XProperty(X_DATE_TEXT, e.date().text()));
    }
    out.write(v.toString());
  }

  /** The title, and for a date coarser than a day its precision ({@code ~} when approximate). */
  static String summary(EventView e) {
    String p = e.date().precision();
    if ("day".equals(p) && !e.date().approximate()) {
      return e.title();
    }
    return e.title() + " [" + (e.date().approximate() ? "~" : "") + p + "]";
  }

  private String description(EventView e) {
    StringBuilder b = new StringBuilder();
    if (e.date().text() != null) {
      b.append(e.date().text()).append('\n');
    }
    for (MentionView m : e.mentions()) {
      b.append('\n').append(m.sentence()).append('\n').append(sourceLink(m)).append('\n');
    }
    b.append('\n').append(EventWriter.pageUrl(baseUrl, e));
    return b.toString();
  }

  private String sourceLink(MentionView m) {
    String s = m.articleSource();
    return s != null && (s.startsWith("https://") || s.startsWith("http://"))
        ? s
        : baseUrl + "articles/" + m.articleId();
  }

  @Override
  public void end() throws IOException {
    out.write("END:VCALENDAR\r\n");
    out.flush();
  }
}
