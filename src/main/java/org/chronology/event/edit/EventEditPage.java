package org.chronology.event.edit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.chronology.account.Roles;
import org.chronology.common.NotFound;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.revision.RevisionService;
import org.chronology.web.EditMsg;
import org.chronology.web.Ids;
import org.chronology.web.Labels;
import org.chronology.web.Ui;

/**
 * An event's editor form, its history, and the structure fixes (merge, split, revert). Reading the
 * history is public; every change needs the {@code editor} role and a CSRF token.
 */
@Path("/events/{id}")
@Produces(MediaType.TEXT_HTML)
public class EventEditPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance edit(
        EventView event,
        EventForm form,
        Map<String, String> errors,
        List<EventEditQuery.Sentence> sentences,
        EventEditQuery.Choices choices,
        String message,
        StructureForm structure);

    static native TemplateInstance conflict(
        EventView event,
        EventForm current,
        EventForm mine,
        List<RevisionService.Change> changes,
        EventEditQuery.Choices choices);

    static native TemplateInstance history(
        long id, EventView event, List<RevisionService.Entry> entries, String message);
  }

  @Inject EventEditService edits;
  @Inject EventEditQuery query;
  @Inject EventStructureService structure;
  @Inject EventRevertService reverts;
  @Inject EventQueryService events;
  @Inject RevisionService revisions;
  @Inject SecurityIdentity identity;

  @GET
  @Path("edit")
  @RolesAllowed(Roles.EDITOR)
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance edit(@PathParam("id") String id, @QueryParam("saved") String saved) {
    long eventId = Ids.parse(NotFound.Kind.EVENT, id);
    return Templates.edit(
        view(eventId),
        query.form(eventId),
        Map.of(),
        query.sentences(eventId),
        query.choices(),
        saved != null ? "saved" : null,
        StructureForm.NONE);
  }

  @POST
  @Path("edit")
  @RolesAllowed(Roles.EDITOR)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(@PathParam("id") String id, MultivaluedMap<String, String> body) {
    long eventId = Ids.parse(NotFound.Kind.EVENT, id);
    EventForm form = EventForm.parse(body);
    EventEditService.Result result;
    try {
      result = edits.save(eventId, form, user());
    } catch (RuntimeException e) {
      // Someone saved between our version check and the commit: the same conflict, caught late.
      if (stale(e)) {
        result = new EventEditService.Conflict(-1);
      } else {
        throw e;
      }
    }
    if (result instanceof EventEditService.Saved) {
      return Response.seeOther(URI.create(EventRoutes.EDIT.with(eventId) + "?saved=1")).build();
    }
    if (result instanceof EventEditService.Invalid invalid) {
      return Response.status(400)
          .entity(
              Templates.edit(
                  view(eventId),
                  form,
                  invalid.errors(),
                  query.sentences(eventId),
                  query.choices(),
                  "fixFields",
                  StructureForm.NONE))
          .build();
    }
    return conflict(eventId, form);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  Response conflict(long eventId, EventForm mine) {
    EventForm current = query.form(eventId);
    List<RevisionService.Change> changes = new ArrayList<>();
    compare(changes, "type", current.type(), mine.type());
    compare(changes, "title", current.title(), mine.title());
    compare(changes, "status", current.status(), mine.status());
    compare(changes, "dateStart", current.dateStart(), mine.dateStart());
    compare(changes, "dateEnd", current.dateEnd(), mine.dateEnd());
    compare(changes, "datePrecision", current.datePrecision(), mine.datePrecision());
    compare(
        changes,
        "dateApproximate",
        String.valueOf(current.dateApproximate()),
        String.valueOf(mine.dateApproximate()));
    compare(changes, "locationName", current.locationName(), mine.locationName());
    compare(changes, "locationNameEn", current.locationNameEn(), mine.locationNameEn());
    compare(changes, "review", current.review(), mine.review());
    compare(changes, "note", current.note(), mine.note());
    return Response.status(409)
        .entity(
            Templates.conflict(
                view(eventId),
                current,
                mine.withVersion(current.version()),
                changes,
                query.choices()))
        .build();
  }

  private static void compare(List<RevisionService.Change> out, String field, String a, String b) {
    if (!a.equals(b)) {
      out.add(
          new RevisionService.Change(field, a, b, a.isEmpty() ? null : a, b.isEmpty() ? null : b));
    }
  }

  @GET
  @Path("history")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance history(
      @PathParam("id") String id,
      @QueryParam("error") String error,
      @QueryParam("other") String other) {
    long eventId = Ids.parse(NotFound.Kind.EVENT, id);
    List<RevisionService.Entry> entries = revisions.history("event", eventId);
    EventView event = events.byId(eventId).orElse(null);
    if (event == null && entries.isEmpty()) {
      throw NotFound.event(eventId);
    }
    if (Ui.current().isEn()) {
      entries = HistoryActorNames.inEnglish(entries);
    }
    entries = HistoryMentions.readable(entries);
    HistoryError known = error == null ? null : HistoryError.ofCode(error);
    EditMsg msg = msg();
    String message = known == null ? null : known.message(msg);
    // A merge with a number that names no event says which number it was.
    OptionalLong otherId = Ids.number(other);
    if (known == HistoryError.NO_EVENT && otherId.isPresent()) {
      message = msg.historyNoEventNumbered(Labels.num(otherId.getAsLong()));
    }
    return Templates.history(eventId, event, entries, message);
  }

  @POST
  @Path("revert")
  @RolesAllowed(Roles.EDITOR)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response revert(
      @PathParam("id") String id,
      @FormParam("revision") String revision,
      @FormParam("to") String to) {
    long eventId = Ids.parse(NotFound.Kind.EVENT, id);
    long revisionId = Ids.parse("revision", revision == null ? "" : revision);
    String error = reverts.revert(eventId, revisionId, "before".equals(to), user());
    return toHistory(eventId, error);
  }

  @POST
  @Path("merge")
  @RolesAllowed(Roles.EDITOR)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response merge(
      @PathParam("id") String id,
      @FormParam("other") String other,
      @FormParam("reason") String reason) {
    long eventId = Ids.parse(NotFound.Kind.EVENT, id);
    OptionalLong otherId = Ids.number(other);
    EditMsg msg = msg();
    if (otherId.isEmpty()) {
      return mergeFailed(eventId, other, reason, msg.historyMergeId());
    }
    String error = structure.merge(eventId, otherId.getAsLong(), reason, user());
    if (error == null) {
      return toHistory(eventId, null);
    }
    HistoryError why = HistoryError.ofServiceMessage(error);
    return mergeFailed(
        eventId,
        other,
        reason,
        why == HistoryError.NO_EVENT
            ? msg.historyNoEventNumbered(Labels.num(otherId.getAsLong()))
            : why.message(msg));
  }

  /**
   * A merge not made: the edit page again, the merge box open with what the editor typed and why
   * nothing was merged beside the number (it used to be the history page, the number gone).
   */
  private Response mergeFailed(long eventId, String other, String reason, String error) {
    return editAgain(eventId, 400, StructureForm.mergeFailed(other, reason, error));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  Response editAgain(long eventId, int status, StructureForm structureForm) {
    return Response.status(status)
        .entity(
            Templates.edit(
                view(eventId),
                query.form(eventId),
                Map.of(),
                query.sentences(eventId),
                query.choices(),
                null,
                structureForm))
        .build();
  }

  @POST
  @Path("split")
  @RolesAllowed(Roles.EDITOR)
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response split(
      @PathParam("id") String id,
      @FormParam("mention") String mention,
      @FormParam("reason") String reason) {
    long eventId = Ids.parse(NotFound.Kind.EVENT, id);
    long mentionId = Ids.parse("mention", mention == null ? "" : mention);
    long created = structure.split(eventId, mentionId, reason, user());
    if (created < 0) {
      // Another editor split or merged it since the page was loaded: the page as it is now, the
      // reason beside the sentence's button when it is still there.
      return editAgain(
          eventId, 409, StructureForm.splitFailed(mentionId, HistoryError.SPLIT.message(msg())));
    }
    return Response.seeOther(URI.create(EventRoutes.EDIT.with(created))).build();
  }

  private static boolean stale(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof OptimisticLockException || c instanceof org.hibernate.StaleStateException) {
        return true;
      }
    }
    return false;
  }

  /** Back to the event's history, with the error of a change not made, if any. */
  private static Response toHistory(long eventId, String serviceMessage) {
    return Response.seeOther(
            URI.create(EventRoutes.HISTORY.with(eventId) + errorQuery(serviceMessage)))
        .build();
  }

  private static String errorQuery(String serviceMessage) {
    return serviceMessage == null ? "" : errorQuery(HistoryError.ofServiceMessage(serviceMessage));
  }

  private static String errorQuery(HistoryError error) {
    return "?error=" + error.code;
  }

  /** The bundle of the page's language: an injected one is the default (Arabic) on every page. */
  private static EditMsg msg() {
    return MessageBundles.get(EditMsg.class, Localized.Literal.of(Ui.current().getLang()));
  }

  private String user() {
    return identity.getPrincipal().getName();
  }

  private EventView view(long id) {
    return events.byId(id).orElseThrow(() -> NotFound.event(id));
  }
}
