package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.chronology.account.Account;
import org.chronology.account.AccountService;
import org.junit.jupiter.api.Test;

/** The first administrator comes from CHRONOLOGY_ADMIN_PASSWORD, only when no account exists. */
@QuarkusTest
class FirstAdminTest {

  @Inject AccountService accounts;

  @Test
  void firstAdministratorIsCreatedOnlyWhenNoAccountExists() {
    Editors.newAccount(false);
    assertFalse(accounts.createFirstAdmin(Optional.of(Editors.PASSWORD)), "accounts exist");

    QuarkusTransaction.requiringNew().run(() -> Account.deleteAll());
    assertFalse(accounts.createFirstAdmin(Optional.empty()), "no password, no account");
    assertTrue(accounts.createFirstAdmin(Optional.of(Editors.PASSWORD)));
    assertFalse(accounts.createFirstAdmin(Optional.of("another-password")), "only once");

    Editors.Session admin = Editors.signIn("admin");
    admin.get("/admin/users").then().statusCode(200);
    admin.get("/review").then().statusCode(200);
  }
}
