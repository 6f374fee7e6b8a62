package com.shopagent.tools.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shopagent.core.model.Identity;
import com.shopagent.core.tooling.ToolContext;
import com.shopagent.core.tooling.ToolOutput;
import com.shopagent.core.tooling.ToolRequest;
import com.shopagent.tools.orders.AccountEmails;
import com.shopagent.tools.tickets.Database;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendEmailToolTest {
  private static final Identity GUEST = new Identity("guest:7", Set.of(Identity.READ_KB, Identity.TICKETS_CREATE));
  private static final Identity ALICE = new Identity("user:101",
      Set.of(Identity.READ_KB, Identity.ORDERS_READ_OWN, Identity.TICKETS_CREATE));
  private static final Identity NO_ADDRESS = new Identity("user:999", ALICE.scopes());
  private static final AccountEmails ACCOUNTS = id -> id == 101 ? Optional.of("alice@example.com") : Optional.empty();

  @TempDir
  Path dir;
  private Database db;
  private TaskStore store;
  private SendEmailTool tool;
  private SendEmailTool typedAllowed;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  @BeforeEach
  void open() {
    db = Database.open("jdbc:h2:file:" + dir.resolve("agent"), "sa", "");
    db.migrate(TaskStore.MIGRATIONS);
    store = new TaskStore(db);
    tool = new SendEmailTool(store, ACCOUNTS, false, executor);
    typedAllowed = new SendEmailTool(store, ACCOUNTS, true, executor);
  }

  @AfterEach
  void close() {
    db.close();
    executor.shutdownNow();
  }

  @Test
  void should_queue_one_task_to_the_account_address_and_answer_with_its_reference_when_retried() {
    String first = run(tool, ALICE, "", "Your ticket", "Reference T-000001", "turn-1:m-1");
    String again = run(tool, ALICE, "", "Your ticket", "Reference T-000001", "turn-1:m-1");
    assertTrue(first.startsWith("Email queued with reference Q-") && first.contains("address on your account"), first);
    assertEquals(first, again);
    assertEquals("alice@example.com", onlyRecipient());
  }

  /** Security review finding 3: the shop's mail server must not write to a stranger for a guest. */
  @Test
  void should_never_email_for_a_guest_whatever_address_is_given() {
    assertRefused(run(tool, GUEST, "random.victim@third-party.example", "Copy", "Body", "t:1"), "signed-in customer");
    assertRefused(run(typedAllowed, GUEST, "random.victim@third-party.example", "Copy", "Body", "t:2"),
        "signed-in customer");
  }

  @Test
  void should_ignore_a_typed_address_unless_the_shop_opts_in() {
    run(tool, ALICE, "random.victim@third-party.example", "Copy", "Body", "t:1");
    assertEquals("alice@example.com", onlyRecipient());
  }

  @Test
  void should_write_to_a_typed_address_of_a_signed_in_customer_only_when_the_shop_opts_in() {
    // the session blanks any value that is not one of its vault tokens; an unknown token stays a token
    assertRefused(run(typedAllowed, ALICE, "<EMAIL_3>", "Hi", "Body", "t:2"), "an address you typed");
    assertRefused(run(typedAllowed, ALICE, "a@b.example, thief@evil.example", "Hi", "Body", "t:3"), "an address you typed");
    run(typedAllowed, ALICE, "alice.work@example.org", "Copy", "Body", "t:4");
    assertEquals("alice.work@example.org", onlyRecipient());
    assertTrue(tool.piiTokensOnly() && tool.piiArguments().equals(Set.of("to")));
  }

  @Test
  void should_refuse_when_the_account_has_no_address() {
    assertRefused(run(tool, NO_ADDRESS, "", "Hi", "Body", "t:1"), "no email address on your account");
  }

  @Test
  void should_refuse_an_overlong_or_multi_line_subject_and_an_overlong_body() {
    assertRefused(run(tool, ALICE, "", "x".repeat(151), "Body", "t:1"), "subject");
    assertRefused(run(tool, ALICE, "", "Hi\r\nBcc: thief@evil.example", "Body", "t:2"), "subject");
    assertRefused(run(tool, ALICE, "", "Hi", "y".repeat(4001), "t:3"), "message");
  }

  @Test
  void should_require_the_ticket_scope() {
    assertEquals(Identity.TICKETS_CREATE, tool.spec().requiredScope());
  }

  private String onlyRecipient() {
    assertEquals(1, store.pending(10).size());
    return TaskPayloads.read(store.pending(10).get(0).payload()).get("to");
  }

  private void assertRefused(String answer, String why) {
    assertTrue(answer.startsWith("No email was sent") && answer.contains(why), answer);
    assertEquals(0, store.pending(10).size());
  }

  private static String run(SendEmailTool tool, Identity who, String to, String subject, String body, String key) {
    var request = new ToolRequest("m-1", SendEmailTool.NAME, Map.of("to", to, "subject", subject, "body", body));
    ToolOutput out = tool.execute(request, new ToolContext("s-1", "turn-1", who, key)).toCompletableFuture().join();
    return ((ToolOutput.Text) out).text();
  }
}
