package com.shopagent.tools.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path dir;

  @Test
  void should_split_scripts_into_statements_without_comments() {
    String sql = "-- a table\nCREATE TABLE a (x INT);\n\nCREATE INDEX i\n  ON a (x);\nINSERT INTO a VALUES (1)\n";

    assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i\n  ON a (x)", "INSERT INTO a VALUES (1)"),
        MigrationScripts.statements(sql));
  }

  @Test
  void should_find_the_ticket_scripts_in_version_order() {
    List<MigrationScripts.Script> scripts =
        MigrationScripts.find(getClass().getClassLoader(), JdbcTicketDesk.MIGRATIONS);

    assertEquals(List.of("V1__tickets.sql", "V2__ticket_outbox.sql", "V3__remote_tickets.sql", "V4__sealed_subjects.sql"),
        scripts.stream().map(MigrationScripts.Script::fileName).toList());
  }

  @Test
  void should_run_scripts_from_a_jar_once_in_version_order() throws Exception {
    // V10 sorts after V2 by number, not by name; it fails if run before V2 made the table
    ClassLoader loader = jar(Map.of(
        "db/jartest/V1__a.sql", "CREATE TABLE IF NOT EXISTS a (x INT);",
        "db/jartest/V2__b.sql", "CREATE TABLE IF NOT EXISTS b (y INT);",
        "db/jartest/V10__seed.sql", "INSERT INTO b VALUES (7);",
        "db/jartest/README.txt", "not a migration"));
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "")) {
      db.migrate("db/jartest", loader);
      db.migrate("db/jartest", loader);

      assertEquals(1, count(db, "SELECT COUNT(*) FROM b"), "the seed ran once");
      assertEquals(3, count(db, "SELECT COUNT(*) FROM schema_version WHERE location = 'db/jartest'"));
    }
  }

  @Test
  void should_refuse_a_folder_without_scripts() {
    try (Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "")) {
      assertThrows(IllegalStateException.class, () -> db.migrate("db/nothing-here"));
    }
  }

  private ClassLoader jar(Map<String, String> files) throws Exception {
    Path jar = dir.resolve("migrations.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jos = new JarOutputStream(out)) {
      jos.putNextEntry(new JarEntry("db/jartest/"));
      jos.closeEntry();
      for (var file : files.entrySet()) {
        jos.putNextEntry(new JarEntry(file.getKey()));
        jos.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        jos.closeEntry();
      }
    }
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }

  private static long count(Database db, String sql) throws SQLException {
    try (Connection c = db.connection();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
