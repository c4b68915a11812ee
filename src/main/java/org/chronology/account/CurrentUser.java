package org.chronology.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The signed-in person as templates see it: {@code {inject:me.editor}}, {@code {inject:me.name}}.
 */
@Named("me")
@RequestScoped
public class CurrentUser {

  private final SecurityIdentity identity;

  public CurrentUser(SecurityIdentity identity) {
    this.identity = identity;
  }

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
