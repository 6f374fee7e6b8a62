package com.shopagent.tools.tickets;

import com.shopagent.core.model.TicketRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The built-in desk: tickets in the {@code tickets} table (migrations under "db/tickets").
 * Idempotency rests on the unique idempotency_key: a create that clashes reads the winner's row,
 * so concurrent creates with one key all answer with the same ticket.
 */
public final class JdbcTicketDesk implements TicketDesk {
  public static final String MIGRATIONS = "db/tickets";

  private static final String COLUMNS =
      "seq, idempotency_key, subject, body, requester_subject, session_id, category, priority,"
          + " status, assignee, created_at";

  private final Database db;
  private final Executor executor;
  private final TicketLinks links;
  private final AssignmentRules rules;
  private final Clock clock;

  public JdbcTicketDesk(Database db, Executor executor, String publicBaseUrl, AssignmentRules rules) {
    this(db, executor, publicBaseUrl, rules, Clock.systemUTC());
  }

  public JdbcTicketDesk(
      Database db, Executor executor, String publicBaseUrl, AssignmentRules rules, Clock clock) {
    this.db = db;
    this.executor = executor;
    this.links = new TicketLinks(publicBaseUrl);
    this.rules = rules;
    this.clock = clock;
  }

  @Override
  public CompletionStage<TicketRef> create(NewTicket ticket) {
    return CompletableFuture.supplyAsync(() -> createBlocking(ticket).ref(), executor);
  }

  @Override
  public Optional<Ticket> find(String id) {
    long seq = TicketLinks.seqOf(id);
    return seq < 0 ? Optional.empty() : query("WHERE seq = ?", ps -> ps.setLong(1, seq)).stream().findFirst();
  }

  @Override
  public List<Ticket> recent(int limit) {
    int bounded = Math.max(1, Math.min(limit, 500));
    return query("ORDER BY seq DESC LIMIT ?", ps -> ps.setInt(1, bounded));
  }

  private Ticket createBlocking(NewTicket t) {
    // a clash whose winner then rolled back leaves no row to read: try the insert again
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<Ticket> existing = findByKey(t.idempotencyKey());
      if (existing.isPresent()) {
        return sameRequester(existing.get(), t);
      }
      try {
        return insert(t);
      } catch (SQLException e) {
        if (!Sql.isUniqueViolation(e)) {
          throw new CompletionException(e);
        }
      }
    }
    throw new IllegalStateException("could not create or read ticket for its idempotency key");
  }

  /** A key reused by someone else is a caller bug; answering with their ticket would leak it. */
  private static Ticket sameRequester(Ticket existing, NewTicket t) {
    if (!existing.requestedBy(t.requesterSubject())) {
      throw new IllegalStateException("idempotency key already used by another requester");
    }
    return existing;
  }

  private Ticket insert(NewTicket t) throws SQLException {
    String sql =
        "INSERT INTO tickets (idempotency_key, subject, body, requester_subject, session_id,"
            + " category, priority, status, assignee, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    String priority = rules.priorityFor(t.category(), t.priority());
    String assignee = rules.assigneeFor(t.category());
    var createdAt = Sql.now(clock);
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement(sql, new String[] {"seq"})) {
      ps.setString(1, t.idempotencyKey());
      ps.setString(2, db.seal(t.subject())); // a subject starts with the customer's words
      ps.setString(3, db.seal(t.body()));
      ps.setString(4, t.requesterSubject());
      ps.setString(5, t.sessionId());
      ps.setString(6, t.category());
      ps.setString(7, priority);
      ps.setString(8, Ticket.OPEN);
      ps.setString(9, assignee);
      Sql.setInstant(ps, 10, createdAt);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        String id = TicketLinks.ticketId(keys.getLong(1));
        return new Ticket(id, t.idempotencyKey(), t.subject(), t.body(), t.requesterSubject(),
            t.sessionId(), t.category(), priority, Ticket.OPEN, assignee, createdAt, links.url(id));
      }
    }
  }

  private Optional<Ticket> findByKey(String key) {
    return query("WHERE idempotency_key = ?", ps -> ps.setString(1, key)).stream().findFirst();
  }

  private List<Ticket> query(String clauses, Sql.Binder binder) {
    try (Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM tickets " + clauses)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<Ticket> out = new ArrayList<>();
        while (rs.next()) {
          out.add(map(rs));
        }
        return List.copyOf(out);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading tickets failed", e);
    }
  }

  private Ticket map(ResultSet rs) throws SQLException {
    String id = TicketLinks.ticketId(rs.getLong("seq"));
    return new Ticket(id, rs.getString("idempotency_key"), db.open(rs.getString("subject")),
        db.open(rs.getString("body")), rs.getString("requester_subject"), rs.getString("session_id"),
        rs.getString("category"), rs.getString("priority"), rs.getString("status"),
        rs.getString("assignee"), Sql.getInstant(rs, "created_at"), links.url(id));
  }
}
