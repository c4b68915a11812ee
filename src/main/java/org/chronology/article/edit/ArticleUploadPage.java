package org.chronology.article.edit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronology.account.Roles;
import org.chronology.article.ArticleRoutes;
import org.chronology.article.ArticleService;
import org.chronology.article.RejectionReason;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.PastedText;
import org.chronology.article.ingest.Sidecar;
import org.chronology.web.Inputs;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Editors add an article after start-up: a text file or pasted text, with what the text may not say
 * (its URL, title, outlet, publication date). The text is stored exactly as decoded, like the
 * corpus folder's files, and answered at once; its events are extracted right after — the article
 * alone, merged into the stored events ({@link ArticleService#upload}).
 */
@Path("/articles/new")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ArticleUploadPage {

  /** The form's values, refilled when it comes back with errors. */
  public record UploadForm(String text, String url, String title, String outlet, String published) {
    static final UploadForm EMPTY = new UploadForm("", "", "", "", "");

    /** The sent publication day, written in words beside its date box; null for none or no day. */
    public LocalDate publishedDay() {
      try {
        return published.isEmpty() ? null : LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance form(
        UploadForm form, Map<String, String> errors, RejectionReason rejected);
  }

  /** The bytes arrived but are not a text we can read. */
  private static final int UNPROCESSABLE = 422;

  @Inject ArticleService articles;

  @GET
  public TemplateInstance form() {
    return Templates.form(UploadForm.EMPTY, Map.of(), null);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @RestForm("file") FileUpload file,
      @RestForm String text,
      @RestForm String url,
      @RestForm String title,
      @RestForm String outlet,
      @RestForm String published) {
    UploadForm form =
        new UploadForm(blank(text), blank(url), blank(title), blank(outlet), blank(published));
    // Errors are codes, said by the form in the reader's language (ed:err), never texts made here:
    // a bundle injected into this resource answers in its default language whatever the page's.
    Map<String, String> errors = new LinkedHashMap<>();
    byte[] bytes = bytes(file);
    if (bytes.length > 0 && !form.text().isEmpty()) {
      errors.put("text", "fileOrText");
    } else if (bytes.length == 0) {
      if (form.text().isBlank()) {
        errors.put("text", "fileOrTextRequired");
      }
      bytes = form.text().getBytes(StandardCharsets.UTF_8);
    }
    LocalDate date = null;
    if (!form.published().isEmpty()) {
      try {
        date = LocalDate.parse(form.published());
      } catch (DateTimeParseException e) {
        errors.put("published", "publishedFormat");
      }
    }
    if (!form.url().isEmpty() && !Inputs.httpUrl(form.url())) {
      errors.put("url", "urlScheme");
    }
    if (date != null && !Inputs.storableDate(date)) {
      errors.put("published", "publishedOutOfRange");
    }
    for (String[] f :
        new String[][] {{"url", form.url()}, {"title", form.title()}, {"outlet", form.outlet()}}) {
      if (!Inputs.oneLine(f[1])) {
        errors.putIfAbsent(f[0], "controlCharacters");
      }
    }
    if (!Inputs.text(form.text())) {
      errors.putIfAbsent("text", "controlCharacters");
    }
    if (!errors.isEmpty()) {
      return page(400, form, errors, null);
    }
    String source = source(form, file, bytes);
    String name = nullIfEmpty(form.title());
    if (name == null && PastedText.is(source)) {
      // Named to a reader by its headline or first line, not by the name made from its hash.
      name = PastedText.headline(form.text());
    }
    IngestOutcome outcome =
        articles.upload(
            source,
            bytes,
            new Sidecar(date, nullIfEmpty(form.outlet()), nullIfEmpty(form.url()), name));
    switch (outcome.result()) {
      case NEW:
      case DUPLICATE:
        return Response.seeOther(URI.create(ArticleRoutes.PAGE.with(outcome.articleId()))).build();
      default:
        // Said from the reason's code, as the rejected-files page says it; a file that could not
        // be read at all has none.
        errors.put("file", "rejectUnreadable");
        return page(UNPROCESSABLE, form, errors, outcome.why());
    }
  }

  /** The URL names an uploaded article; else the file's name; else its content hash. */
  private static String source(UploadForm form, FileUpload file, byte[] bytes) {
    if (!form.url().isEmpty()) {
      return form.url();
    }
    if (file != null && file.fileName() != null && !file.fileName().isBlank()) {
      return file.fileName();
    }
    return PastedText.source(bytes);
  }

  private static byte[] bytes(FileUpload file) {
    if (file == null || file.uploadedFile() == null || file.size() == 0) {
      return new byte[0];
    }
    try {
      return Files.readAllBytes(file.uploadedFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response page(
      int status, UploadForm form, Map<String, String> errors, RejectionReason rejected) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Templates.form(form, errors, rejected))
        .build();
  }

  private static String blank(String s) {
    return s == null ? "" : s.strip();
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }
}
