package com.shopagent.tools.tickets;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The desk contract on the embedded H2 file database. */
class H2TicketDeskTest extends TicketDeskContract {
  @TempDir Path dir;

  @Override
  protected Database openDatabase() {
    return Database.open("jdbc:h2:file:" + dir.resolve("tickets").toAbsolutePath(), "sa", "", 8);
  }

  @Override
  protected void dropStore() {
    // the temp dir goes with the test
  }
}
