package org.spinecase.system.synthetic;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.postgresql.copy.CopyManager;

/**
 * Rows of one table collected as CSV and sent with PostgreSQL's COPY, the fastest way in: one
 * stream per chunk, no statement per row. Collecting and sending are separate steps, so that the
 * next chunk can be generated while the database takes in the last one. Values are written as
 * PostgreSQL reads them back: null as an unquoted empty field, text always quoted, instants in
 * ISO-8601 UTC, bytes in bytea's hex form.
 */
public final class CopyTable {

  private final String table;
  private final String copySql;
  private final int columns;
  private final StringBuilder csv = new StringBuilder(1 << 16);
  private int pending;
  private long written;

  public CopyTable(String table, List<String> columns) {
    this.table = table;
    this.columns = columns.size();
    this.copySql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
  }

  public CopyTable row(Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException(table + " has " + columns + " columns, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      append(values[i]);
    }
    csv.append('\n');
    pending++;
    return this;
  }

  private void append(Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Boolean b) {
      csv.append(b ? 't' : 'f');
    } else if (value instanceof Number || value instanceof BigDecimal) {
      csv.append(value);
    } else if (value instanceof Enum<?> e) {
      csv.append(e.name());
    } else if (value instanceof byte[] bytes) {
      // bytea in hex; the backslash means nothing to CSV
      csv.append("\\x").append(HexFormat.of().formatHex(bytes));
    } else if (value instanceof Instant || value instanceof LocalDate) {
      csv.append(value);
    } else {
      csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
    }
  }

  /** Rows collected and not yet sent, ready for {@link #copy}. */
  public record Chunk(String copySql, String csv, int rows) {}

  /** The rows collected so far, handed over; the table is empty again afterwards. */
  public Chunk drain() {
    Chunk chunk = new Chunk(copySql, csv.toString(), pending);
    written += pending;
    pending = 0;
    csv.setLength(0);
    return chunk;
  }

  public static void copy(CopyManager copy, Chunk chunk) throws SQLException, IOException {
    if (chunk.rows() > 0) {
      copy.copyIn(chunk.copySql(), new StringReader(chunk.csv()));
    }
  }

  public String table() {
    return table;
  }

  public long written() {
    return written;
  }
}
