package com.shopagent.tools.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatabaseTest {

  @Test
  void should_tell_the_dialect_from_the_url() {
    assertEquals(Dialect.H2, Dialect.fromUrl("jdbc:h2:file:./data/agent"));
    assertEquals(Dialect.POSTGRES, Dialect.fromUrl("jdbc:postgresql://db:5432/agent"));
    assertThrows(IllegalArgumentException.class, () -> Dialect.fromUrl("jdbc:mysql://db/agent"));
  }

  @Test
  void should_put_h2_in_postgresql_mode_unless_a_mode_is_given() {
    assertEquals("jdbc:h2:file:./x;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        Dialect.H2.normalize("jdbc:h2:file:./x"));
    assertEquals("jdbc:h2:file:./x;MODE=PostgreSQL", Dialect.H2.normalize("jdbc:h2:file:./x;MODE=PostgreSQL"));
    assertEquals("jdbc:h2:mem:t;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        Dialect.H2.normalize("jdbc:h2:mem:t"));
    assertEquals("jdbc:postgresql://db/agent", Dialect.POSTGRES.normalize("jdbc:postgresql://db/agent"));
  }
}
