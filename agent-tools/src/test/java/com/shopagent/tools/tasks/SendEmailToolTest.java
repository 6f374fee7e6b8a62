package com.shopagent.tools.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.tools.tickets.Database;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendEmailToolTest {
  private static final Identity GUEST = new Identity("guest:7", Set.of(Identity.READ_KB, Identity.TICKETS_CREATE));

  @TempDir
  Path dir;
  private Database db;
  private TaskStore store;
  private SendEmailTool tool;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  @BeforeEach
  void open() {
    db = Database.open("jdbc:h2:file:" + dir.resolve("agent"), "sa", "");
    db.migrate(TaskStore.MIGRATIONS);
    store = new TaskStore(db);
    tool = new SendEmailTool(store, executor);
  }

  @AfterEach
  void close() {
    db.close();
    executor.shutdownNow();
  }

  @Test
  void should_queue_one_task_and_answer_with_its_reference_when_retried() {
    String first = run("customer@example.com", "Your ticket", "Reference T-000001", "turn-1:m-1");
    String again = run("customer@example.com", "Your ticket", "Reference T-000001", "turn-1:m-1");
    assertTrue(first.startsWith("Email queued with reference Q-"), first);
    assertEquals(first, again);
    assertEquals(1, store.pending(10).size());
    Map<String, String> payload = TaskPayloads.read(store.pending(10).get(0).payload());
    assertEquals("customer@example.com", payload.get("to"));
  }

  @Test
  void should_refuse_when_the_recipient_was_not_typed_in_this_session() {
    // the session blanks any value that is not one of its vault tokens; an unknown token stays a token
    assertRefused(run("", "Hi", "Body", "t:1"), "an address you typed");
    assertRefused(run("<EMAIL_3>", "Hi", "Body", "t:2"), "an address you typed");
    assertRefused(run("a@b.example, thief@evil.example", "Hi", "Body", "t:3"), "an address you typed");
    assertTrue(tool.piiTokensOnly() && tool.piiArguments().equals(Set.of("to")));
  }

  @Test
  void should_refuse_an_overlong_or_multi_line_subject_and_an_overlong_body() {
    assertRefused(run("c@example.com", "x".repeat(151), "Body", "t:1"), "subject");
    assertRefused(run("c@example.com", "Hi\r\nBcc: thief@evil.example", "Body", "t:2"), "subject");
    assertRefused(run("c@example.com", "Hi", "y".repeat(4001), "t:3"), "message");
  }

  @Test
  void should_require_the_ticket_scope() {
    assertEquals(Identity.TICKETS_CREATE, tool.spec().requiredScope());
  }

  private void assertRefused(String answer, String why) {
    assertTrue(answer.startsWith("No email was sent") && answer.contains(why), answer);
    assertEquals(0, store.pending(10).size());
  }

  private String run(String to, String subject, String body, String key) {
    var request = new ToolRequest("m-1", SendEmailTool.NAME, Map.of("to", to, "subject", subject, "body", body));
    ToolOutput out = tool.execute(request, new ToolContext("s-1", "turn-1", GUEST, key)).toCompletableFuture().join();
    return ((ToolOutput.Text) out).text();
  }
}
