package com.shopagent.tools.tickets;

import com.shopagent.tools.testing.ScratchPostgres;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** The desk contract on a real PostgreSQL, one throw-away database per test. */
class PostgresTicketDeskTest extends TicketDeskContract {
  private static boolean reachable;

  private String database;

  @BeforeAll
  static void requirePostgres() {
    reachable = ScratchPostgres.available();
  }

  @Override
  protected Database openDatabase() {
    // skipped here rather than in @BeforeAll so each test shows as skipped in the report
    Assumptions.assumeTrue(reachable, "PostgreSQL unreachable and AGENT_TEST_SKIP_POSTGRES=1");
    if (database == null) {
      database = ScratchPostgres.create("tickets_test_");
    }
    return Database.open(ScratchPostgres.urlOf(database), ScratchPostgres.USER, ScratchPostgres.PASSWORD, 8);
  }

  @Override
  protected void dropStore() {
    if (database != null) {
      ScratchPostgres.drop(database);
    }
  }
}
