package org.chronology.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chronology.event.query.EventViews.ActorView;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.MentionView;

/**
 * One row per event (RFC 4180 via Commons CSV), UTF-8 with a byte-order mark so that spreadsheet
 * programs read Arabic correctly. Actors, sources and evidence sentences are joined in one cell.
 */
final class CsvEventWriter implements EventWriter {

  static final List<String> HEADER =
      List.of(
          "id",
          "type",
          "title",
          "status",
          "review",
          "confidence",
          "date_start",
          "date_end",
          "date_precision",
          "date_approximate",
          "date_text",
          "actors",
          "actor_ids",
          "place",
          "place_en",
          "sources",
          "evidence",
          "url");

  /** Between joined values of one cell. */
  static final String JOIN = " | ";

  private final Writer out;
  private final String baseUrl;
  private CSVPrinter printer;

  CsvEventWriter(OutputStream stream, String baseUrl) {
    this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    this.baseUrl = baseUrl;
  }

  @Override
  public void begin() throws IOException {
    out.write('\uFEFF');
    printer = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out);
  }

  @Override
  public void write(EventView e) throws IOException {
    printer.printRecord(
        e.id(),
        e.type(),
        e.title(),
        e.status(),
        e.review(),
        e.confidence(),
        e.date().start(),
        e.date().end(),
        e.date().precision(),
        e.date().approximate(),
        e.date().text(),
        e.actors().stream().map(CsvEventWriter::actor).collect(Collectors.joining(JOIN)),
        e.actors().stream().map(a -> String.valueOf(a.id())).collect(Collectors.joining(JOIN)),
        e.location() == null ? null : e.location().name(),
        e.location() == null ? null : e.location().nameEn(),
        e.mentions().stream()
            .map(MentionView::articleSource)
            .distinct()
            .collect(Collectors.joining(JOIN)),
        e.mentions().stream().map(MentionView::sentence).collect(Collectors.joining(JOIN)),
        EventWriter.pageUrl(baseUrl, e));
  }

  private static String actor(ActorView a) {
    return a.role() == null ? a.name() : a.name() + " (" + a.role() + ")";
  }

  @Override
  public void end() throws IOException {
    printer.flush();
  }
}
