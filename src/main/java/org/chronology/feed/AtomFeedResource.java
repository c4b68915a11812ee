package org.chronology.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.chronology.actor.ActorParameterResolver;
import org.chronology.api.KnownParameters;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventStreamQuery;
import org.chronology.event.query.EventStreamQuery.Stamps;
import org.chronology.event.query.EventViews.ActorView;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.export.EventStreamer;
import org.chronology.text.ArabicNormalizer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An Atom feed (RFC 4287) of any filtered chronology: the {@value #ENTRIES} most recently created
 * or changed events, newest change first, so a reader can follow one actor ({@code
 * /feed/events.atom?actor=غانتس}). Each entry's {@code updated} is the event's last change.
 */
@Path("/feed")
@Tag(name = "feeds")
public class AtomFeedResource {

  static final int ENTRIES = 100;
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  @Inject EventStreamer streamer;
  @Inject ActorParameterResolver actorNames;
  @Inject EventStreamQuery stampsQuery;

  private record Entry(EventView event, OffsetDateTime updated, OffsetDateTime published) {}

  @GET
  @Path("events.atom")
  @Produces("application/atom+xml")
  @Operation(summary = "Atom feed of new and changed events matching the filters")
  @KnownParameters({"year", "from", "to", "actor", "type", "q", "status", "review", "article"})
  public Response atom(@Context UriInfo uri) throws IOException {
    EventFilter filter = EventFilter.parse(actorNames.resolve(uri.getQueryParameters()));
    List<EventView> views = new ArrayList<>();
    streamer.stream(filter, EventStreamer.RECENTLY_UPDATED, ENTRIES, views::add);
    List<Entry> entries = withTimes(views);
    String base = uri.getBaseUri().toString();
    String self = uri.getRequestUri().toString();
    try {
      return Response.ok(write(entries, base, self), "application/atom+xml; charset=UTF-8").build();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private List<Entry> withTimes(List<EventView> views) {
    if (views.isEmpty()) {
      return List.of();
    }
    Map<Long, Stamps> times = stampsQuery.stamps(views.stream().map(EventView::id).toList());
    List<Entry> out = new ArrayList<>();
    for (EventView v : views) {
      Stamps t = times.get(v.id());
      if (t != null) {
        out.add(new Entry(v, t.updated(), t.created()));
      }
    }
    return out;
  }

  private static byte[] write(List<Entry> entries, String base, String self)
      throws XMLStreamException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    XMLStreamWriter x =
        XMLOutputFactory.newFactory().createXMLStreamWriter(buf, StandardCharsets.UTF_8.name());
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(ATOM);
    text(x, "id", self);
    text(x, "title", "Chronology");
    OffsetDateTime newest =
        entries.isEmpty()
            ? OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
            : entries.get(0).updated();
    text(x, "updated", RFC3339.format(newest));
    link(x, "self", self, "application/atom+xml");
    link(x, "alternate", base, "text/html");
    x.writeStartElement("author");
    text(x, "name", "Chronology");
    x.writeEndElement();
    for (Entry en : entries) {
      EventView e = en.event();
      String url = EventRoutes.PAGE.under(base, e.id());
      x.writeStartElement("entry");
      text(x, "id", url);
      text(x, "title", e.title());
      text(x, "updated", RFC3339.format(en.updated()));
      text(x, "published", RFC3339.format(en.published()));
      link(x, "alternate", url, "text/html");
      x.writeEmptyElement("category");
      x.writeAttribute("term", e.type());
      x.writeStartElement("summary");
      x.writeCharacters(summary(e));
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.close();
    return buf.toByteArray();
  }

  private static String summary(EventView e) {
    StringBuilder b = new StringBuilder();
    if (e.date().start() != null) {
      b.append(e.date().start());
      if (e.date().end() != null && !e.date().end().equals(e.date().start())) {
        b.append(" – ").append(e.date().end());
      }
      b.append(" (").append(e.date().precision()).append(")");
    }
    if (!e.actors().isEmpty()) {
      b.append(" · ")
          .append(
              e.actors().stream()
                  .map(ActorView::name)
                  .collect(Collectors.joining(ArabicNormalizer.ARABIC_COMMA + " ")));
    }
    if (!e.mentions().isEmpty()) {
      b.append("\n").append(e.mentions().get(0).sentence());
    }
    return b.toString();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(value == null ? "" : value);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
    x.writeAttribute("type", type);
  }
}
