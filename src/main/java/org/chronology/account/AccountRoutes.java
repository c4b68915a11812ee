package org.chronology.account;

import org.chronology.account.web.AccountAdminPage;
import org.chronology.account.web.LoginPage;
import org.chronology.account.web.LogoutPage;
import org.chronology.web.Route;

/**
 * The addresses of the sign-in pages and of the accounts' administration, read from their
 * resources: {@code {route:accountLogin}}, {@code {route:accountDisable(a.id)}}.
 */
public final class AccountRoutes {

  public static final Route LOGIN = Route.of(LoginPage.class);
  public static final Route LOGOUT = Route.of(LogoutPage.class);
  public static final Route USERS = Route.of(AccountAdminPage.class);
  public static final Route DISABLE = Route.of(AccountAdminPage.class, "disable");
  public static final Route ENABLE = Route.of(AccountAdminPage.class, "enable");

  private AccountRoutes() {}
}
