package org.spinecase.system.synthetic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids for one table taken from its sequence the way the application's Hibernate pooled optimizer
 * (allocation size 50) sees them: a block is reserved up front with setval, beyond every id the
 * sequence has handed out, so that a running server cannot allocate the same ids meanwhile; when
 * the generator is done the sequence is set back to the last id really used, unless someone else
 * moved it in between. The server's next block then starts right after the generated rows.
 */
public final class IdBlock {

  private final String sequence;
  private final long first;
  private final long reservedEnd;
  private long next;

  private IdBlock(String sequence, long first, long reservedEnd) {
    this.sequence = sequence;
    this.first = first;
    this.reservedEnd = reservedEnd;
    this.next = first;
  }

  public static IdBlock reserve(Connection connection, String sequence, String table, long size) throws SQLException {
    try (Statement s = connection.createStatement()) {
      long handedOut;
      try (ResultSet rs = s.executeQuery("select case when is_called then last_value else 0 end from " + sequence)) {
        rs.next();
        handedOut = rs.getLong(1);
      }
      long highest;
      try (ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
        rs.next();
        highest = rs.getLong(1);
      }
      long base = Math.max(handedOut, highest);
      long end = base + Math.max(1, size);
      try (ResultSet rs = s.executeQuery("select setval('" + sequence + "', " + end + ")")) {
        rs.next();
      }
      return new IdBlock(sequence, base + 1, end);
    }
  }

  public long next() {
    if (next > reservedEnd) {
      throw new IllegalStateException(sequence + ": the reserved block of " + (reservedEnd - first + 1) + " ids is used up");
    }
    return next++;
  }

  public long used() {
    return next - first;
  }

  /** The sequence as if the ids used had been allocated one block after another. */
  public void release(Connection connection) throws SQLException {
    long lastUsed = next - 1;
    String setval = lastUsed >= 1
        ? "setval('" + sequence + "', " + lastUsed + ")"
        : "setval('" + sequence + "', 1, false)";
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(
            "select " + setval + " from " + sequence + " where last_value = " + reservedEnd)) {
      rs.next();
    }
  }
}
