package org.chronology.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The signed-in person as templates see it: {@code {inject:me.editor}}, {@code {inject:me.name}}.
 */
@Named("me")
@RequestScoped
public class CurrentUser {

  @Inject SecurityIdentity identity;

  public boolean isEditor() {
    return !identity.isAnonymous() && identity.hasRole(Roles.EDITOR);
  }

  public boolean isAdmin() {
    return !identity.isAnonymous() && identity.hasRole(Roles.ADMIN);
  }

  public String getName() {
    return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
  }
}
