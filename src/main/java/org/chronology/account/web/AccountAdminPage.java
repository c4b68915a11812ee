package org.chronology.account.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.chronology.account.Account;
import org.chronology.account.AccountRoutes;
import org.chronology.account.AccountService;
import org.chronology.account.Roles;

/** Administrators add editors and disable or re-enable accounts. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AccountAdminPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance users(
        List<Account> accounts, Map<String, String> errors, String username, String created);
  }

  @Inject AccountService accounts;
  @Inject SecurityIdentity identity;

  @GET
  public TemplateInstance users(@jakarta.ws.rs.QueryParam("created") String created) {
    return Templates.users(accounts.list(), Map.of(), "", created);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Object add(
      @FormParam("username") String username,
      @FormParam("password") String password,
      @FormParam("admin") String admin) {
    String name = username == null ? null : username.strip();
    Map<String, String> errors = accounts.validate(name, password);
    if (!errors.isEmpty()) {
      return Response.status(400)
          .entity(Templates.users(accounts.list(), errors, name == null ? "" : name, null))
          .build();
    }
    accounts.create(name, password, admin != null, identity.getPrincipal().getName());
    return Response.seeOther(URI.create(AccountRoutes.USERS.with() + "?created=" + name)).build();
  }

  @POST
  @Path("{id}/disable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response disable(@PathParam("id") long id) {
    return setEnabled(id, false);
  }

  @POST
  @Path("{id}/enable")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response enable(@PathParam("id") long id) {
    return setEnabled(id, true);
  }

  private Response setEnabled(long id, boolean enabled) {
    accounts.setEnabled(id, enabled, identity.getPrincipal().getName());
    return Response.seeOther(URI.create(AccountRoutes.USERS.with())).build();
  }
}
