package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.chronology.web.cache.PageCacheOn;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

/**
 * The packaged application's schema check in a running application: with the test database up to
 * date Flyway is not started; with a schema history that is not the shipped one, Flyway is started
 * and decides (here: it refuses an applied version it does not know, as it always did).
 */
@QuarkusTest
@TestProfile(PageCacheOn.class) // with the settings of %prod: Flyway off at start, the check on
class SchemaAtStartQuarkusTest {

  @Inject SchemaAtStart schema;

  @Test
  void upToDateStartsNoFlywayAndAnUnknownVersionGoesToFlyway() {
    // The test database was migrated by an earlier start (or by this check, on a new one).
    schema.check();
    assertFalse(schema.migrated(), "every shipped migration is applied: Flyway not started");
    Sql.update(
        "insert into flyway_schema_history (installed_rank, version, description, type, script,"
            + " checksum, installed_by, execution_time, success) values ((select max(installed_rank)"
            + " + 1 from flyway_schema_history), '999', 'unknown', 'SQL', 'V999__unknown.sql', 0,"
            + " 'test', 0, true)");
    try {
      assertThrows(FlywayException.class, schema::check);
      assertTrue(
          schema.migrated(), "an applied version this package does not ship: Flyway decides");
    } finally {
      Sql.update("delete from flyway_schema_history where version = '999'");
    }
    schema.check();
    assertFalse(schema.migrated());
  }
}
