package org.spinecase.domain.model.workup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One block of the examination grid: a row per item (a dermatome, a myotome, a reflex, ...) and a
 * column per leg. Immutable; a cell not yet examined is absent, which is not the same as normal.
 *
 * @param <K> the rows
 * @param <V> what a cell holds
 */
public final class SideGrid<K extends Enum<K>, V> {

  private final Class<K> rows;
  private final Map<Cell<K>, V> cells;

  /** One cell: an item on one side. */
  public record Cell<K>(K item, Side side) {}

  private SideGrid(Class<K> rows, Map<Cell<K>, V> cells) {
    this.rows = rows;
    this.cells = Collections.unmodifiableMap(new HashMap<>(cells));
  }

  public static <K extends Enum<K>, V> SideGrid<K, V> empty(Class<K> rows) {
    return new SideGrid<>(rows, Map.of());
  }

  public SideGrid<K, V> with(K item, Side side, V value) {
    Objects.requireNonNull(item, "item");
    Side.requireLeg("side", side);
    Objects.requireNonNull(value, "value");
    Map<Cell<K>, V> changed = new HashMap<>(cells);
    changed.put(new Cell<>(item, side), value);
    return new SideGrid<>(rows, changed);
  }

  public Optional<V> get(K item, Side side) {
    return Optional.ofNullable(cells.get(new Cell<>(item, side)));
  }

  /** Fills the empty cells with the normal value of their row; recorded cells are kept. */
  public SideGrid<K, V> fillEmpty(Function<K, V> normal) {
    Map<Cell<K>, V> changed = new HashMap<>(cells);
    for (Cell<K> cell : allCells()) {
      changed.computeIfAbsent(cell, c -> normal.apply(c.item()));
    }
    return new SideGrid<>(rows, changed);
  }

  /**
   * The recorded cells whose value is not their row's normal one, in grid order, each as "item,
   * side: value" in the words {@code item} and {@code value} give.
   */
  public List<String> abnormal(
      Function<K, V> normal, Function<K, String> item, Function<V, String> value) {
    List<String> found = new ArrayList<>();
    for (Cell<K> cell : allCells()) {
      V recorded = cells.get(cell);
      if (recorded != null && !recorded.equals(normal.apply(cell.item()))) {
        found.add(
            item.apply(cell.item())
                + ", "
                + cell.side().label().toLowerCase(java.util.Locale.ROOT)
                + ": "
                + value.apply(recorded));
      }
    }
    return found;
  }

  /** The cells not yet examined, in grid order (row by row, left before right). */
  public List<Cell<K>> emptyCells() {
    return allCells().stream().filter(cell -> !cells.containsKey(cell)).toList();
  }

  public boolean isComplete() {
    return emptyCells().isEmpty();
  }

  private List<Cell<K>> allCells() {
    List<Cell<K>> all = new ArrayList<>();
    for (K item : rows.getEnumConstants()) {
      for (Side side : Side.LEGS) {
        all.add(new Cell<>(item, side));
      }
    }
    return all;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SideGrid<?, ?> grid && rows == grid.rows && cells.equals(grid.cells);
  }

  @Override
  public int hashCode() {
    return cells.hashCode();
  }
}
