package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.workup.ClusterResult;
import org.spinecase.domain.model.workup.Dermatome;
import org.spinecase.domain.model.workup.Examination;
import org.spinecase.domain.model.workup.Gait;
import org.spinecase.domain.model.workup.Myotome;
import org.spinecase.domain.model.workup.NeuralTensionTest;
import org.spinecase.domain.model.workup.Performance;
import org.spinecase.domain.model.workup.Reflex;
import org.spinecase.domain.model.workup.Sensation;
import org.spinecase.domain.model.workup.SiProvocationTest;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.SideSign;
import org.spinecase.domain.model.workup.TensionFinding;
import org.spinecase.domain.model.workup.TestResult;
import org.spinecase.domain.model.workup.WaddellSign;
import org.spinecase.domain.model.workup.WalkingTest;
import org.spinecase.domain.model.workup.WoundState;

/**
 * The examination as the compact grid the page shows: blocks of rows (tests, dermatomes, myotomes,
 * reflexes, signs, walking), each with a Left and a Right cell holding a code or nothing (not
 * examined), then gait, the SI provocation tests, the Waddell signs and the wound. The domain's
 * {@link Examination} is built from it on saving and for "Rest normal", and read back into it, so
 * the page never decides what is normal or what a cluster means.
 */
public class ExaminationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One row of the grid: a test or level with its Left and Right cells. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String block;
    private final String key;
    private final String label;
    private final String hint;
    private final boolean takesAngle;
    private final List<Option> options;
    private final String normal;
    private String left;
    private String right;
    private Integer leftAngle;
    private Integer rightAngle;

    Row(String block, String key, String label, String hint, boolean takesAngle, List<Option> options, String normal) {
      this.block = block;
      this.key = key;
      this.label = label;
      this.hint = hint;
      this.takesAngle = takesAngle;
      this.options = options;
      this.normal = normal;
    }

    public String getBlock() {
      return block;
    }

    public String getKey() {
      return key;
    }

    public String getLabel() {
      return label;
    }

    public String getHint() {
      return hint;
    }

    public boolean isTakesAngle() {
      return takesAngle;
    }

    public List<Option> getOptions() {
      return options;
    }

    public String getLeft() {
      return left;
    }

    public void setLeft(String left) {
      this.left = blankToNull(left);
    }

    public String getRight() {
      return right;
    }

    public void setRight(String right) {
      this.right = blankToNull(right);
    }

    public Integer getLeftAngle() {
      return leftAngle;
    }

    public void setLeftAngle(Integer leftAngle) {
      this.leftAngle = leftAngle;
    }

    public Integer getRightAngle() {
      return rightAngle;
    }

    public void setRightAngle(Integer rightAngle) {
      this.rightAngle = rightAngle;
    }

    /** Recorded and not the normal value: shown emphasised (the value's own words say what it is). */
    public boolean isLeftAbnormal() {
      return left != null && !left.equals(normal);
    }

    public boolean isRightAbnormal() {
      return right != null && !right.equals(normal);
    }

    /** For single-value rows (SI tests, Waddell signs). */
    public String getValue() {
      return left;
    }

    public void setValue(String value) {
      setLeft(value);
    }

    public boolean isValueAbnormal() {
      return isLeftAbnormal();
    }

    String value(Side side) {
      return side == Side.LEFT ? left : right;
    }

    Integer angle(Side side) {
      return side == Side.LEFT ? leftAngle : rightAngle;
    }

    void set(Side side, String value, Integer angle) {
      if (side == Side.LEFT) {
        left = value;
        leftAngle = angle;
      } else {
        right = value;
        rightAngle = angle;
      }
    }
  }

  /** A block of rows under one heading, with the scale explained once. */
  public static final class Block implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final String title;
    private final String legend;
    private final List<Row> rows;

    Block(String id, String title, String legend, List<Row> rows) {
      this.id = id;
      this.title = title;
      this.legend = legend;
      this.rows = rows;
    }

    public String getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public String getLegend() {
      return legend;
    }

    public List<Row> getRows() {
      return rows;
    }
  }

  /**
   * A cell the domain refused, named for the message at the top and marked in the grid, with the
   * id of its input inside the form ("blocks:0:rows:1:leftAngle") for the message next to it.
   */
  public record CellProblem(String cell, String component, String message) implements Serializable {}

  private final List<Block> grid = new ArrayList<>();
  private final List<Row> siTests = new ArrayList<>();
  private final List<Row> waddellSigns = new ArrayList<>();
  private String gait;
  private String wound;
  private final Set<String> invalidCells = new LinkedHashSet<>();

  /** @param text the page's bundle: key to the clinic's words */
  public ExaminationForm(Function<String, String> text) {
    List<Option> posNeg = List.of(
        new Option(TestResult.NEGATIVE.name(), TestResult.NEGATIVE.label()),
        new Option(TestResult.POSITIVE.name(), TestResult.POSITIVE.label()));
    List<Row> tension = new ArrayList<>();
    for (NeuralTensionTest t : NeuralTensionTest.values()) {
      tension.add(new Row("TENSION", t.name(), t.label(), null, t.takesAngle(), posNeg, TestResult.NEGATIVE.name()));
    }
    grid.add(new Block("TENSION", text.apply("exam.block.tension"), text.apply("exam.legend.tension"), tension));

    List<Option> sensations = WorkupTerms.options(Sensation.values(), Sensation::label);
    List<Row> sensation = new ArrayList<>();
    for (Dermatome d : Dermatome.values()) {
      sensation.add(new Row("SENSATION", d.name(), d.label(), text.apply("exam.dermatome." + d.name()), false,
          sensations, Sensation.NORMAL.name()));
    }
    grid.add(new Block("SENSATION", text.apply("exam.block.sensation"), text.apply("exam.legend.sensation"), sensation));

    List<Option> mrc = new ArrayList<>();
    for (int g = 5; g >= 0; g--) {
      mrc.add(new Option(String.valueOf(g), text.apply("exam.mrc." + g)));
    }
    List<Row> power = new ArrayList<>();
    for (Myotome m : Myotome.values()) {
      power.add(new Row("POWER", m.name(), m.root(), m.movement(), false, mrc, "5"));
    }
    grid.add(new Block("POWER", text.apply("exam.block.power"), text.apply("exam.legend.power"), power));

    List<Option> reflexGrades = new ArrayList<>();
    for (int g = 0; g <= 4; g++) {
      reflexGrades.add(new Option(String.valueOf(g), text.apply("exam.reflex." + g)));
    }
    List<Row> reflexes = new ArrayList<>();
    for (Reflex r : Reflex.values()) {
      reflexes.add(new Row("REFLEX", r.name(), r.label(), r.root(), false, reflexGrades, "2"));
    }
    grid.add(new Block("REFLEX", text.apply("exam.block.reflexes"), text.apply("exam.legend.reflexes"), reflexes));

    List<Row> signs = new ArrayList<>();
    for (SideSign s : SideSign.values()) {
      signs.add(new Row("SIGN", s.name(), s.label(), null, false, posNeg, TestResult.NEGATIVE.name()));
    }
    grid.add(new Block("SIGN", text.apply("exam.block.signs"), text.apply("exam.legend.signs"), signs));

    List<Option> able = WorkupTerms.options(Performance.values(), Performance::label);
    List<Row> walking = new ArrayList<>();
    for (WalkingTest w : WalkingTest.values()) {
      walking.add(new Row("WALK", w.name(), w.label(), text.apply("exam.walk." + w.name()), false, able,
          Performance.ABLE.name()));
    }
    grid.add(new Block("WALK", text.apply("exam.block.walking"), null, walking));

    for (SiProvocationTest t : SiProvocationTest.values()) {
      siTests.add(new Row("SI", t.name(), t.label(), null, false, posNeg, TestResult.NEGATIVE.name()));
    }
    for (WaddellSign s : WaddellSign.values()) {
      waddellSigns.add(new Row("WADDELL", s.name(), s.label(), null, false, posNeg, TestResult.NEGATIVE.name()));
    }
  }

  /** Shows a saved examination (or nothing recorded). */
  public void load(Examination e) {
    invalidCells.clear();
    if (e == null) {
      e = Examination.blank();
    }
    for (Block block : grid) {
      for (Row row : block.rows) {
        for (Side side : Side.LEGS) {
          row.set(side, null, null);
          read(e, row, side);
        }
      }
    }
    for (Row row : siTests) {
      row.setLeft(e.siProvocation().result(SiProvocationTest.valueOf(row.key)).map(Enum::name).orElse(null));
    }
    for (Row row : waddellSigns) {
      row.setLeft(e.waddellSigns().result(WaddellSign.valueOf(row.key)).map(Enum::name).orElse(null));
    }
    gait = e.gait() == null ? null : e.gait().name();
    wound = e.wound() == null ? null : e.wound().name();
  }

  private static void read(Examination e, Row row, Side side) {
    switch (row.block) {
      case "TENSION" -> e.tension().get(NeuralTensionTest.valueOf(row.key), side)
          .ifPresent(f -> row.set(side, f.result().name(), f.angleDegrees()));
      case "SENSATION" -> e.sensation().get(Dermatome.valueOf(row.key), side)
          .ifPresent(v -> row.set(side, v.name(), null));
      case "POWER" -> e.power().get(Myotome.valueOf(row.key), side)
          .ifPresent(v -> row.set(side, String.valueOf(v.value()), null));
      case "REFLEX" -> e.reflexes().get(Reflex.valueOf(row.key), side)
          .ifPresent(v -> row.set(side, String.valueOf(v.value()), null));
      case "SIGN" -> e.signs().get(SideSign.valueOf(row.key), side)
          .ifPresent(v -> row.set(side, v.name(), null));
      case "WALK" -> e.walking().get(WalkingTest.valueOf(row.key), side)
          .ifPresent(v -> row.set(side, v.name(), null));
      default -> throw new IllegalStateException(row.block);
    }
  }

  /**
   * The examination as entered. Every refused cell is named in the problems (all of them, not
   * only the first), and the examination is then not built.
   */
  public Examination toExamination(List<CellProblem> problems) {
    invalidCells.clear();
    Examination e = Examination.blank();
    for (int b = 0; b < grid.size(); b++) {
      List<Row> rows = grid.get(b).rows;
      for (int r = 0; r < rows.size(); r++) {
        Row row = rows.get(r);
        for (Side side : Side.LEGS) {
          String value = row.value(side);
          Integer angle = row.angle(side);
          if (value == null && angle == null) {
            continue;
          }
          Examination before = e;
          String input = "blocks:" + b + ":rows:" + r + ":" + side.name().toLowerCase(java.util.Locale.ROOT);
          e = apply(e, row, side, input, problems, (ex, v) -> write(ex, row, side, v, angle));
          if (e == null) {
            e = before;
          }
        }
      }
    }
    for (int i = 0; i < siTests.size(); i++) {
      Row row = siTests.get(i);
      if (row.left != null) {
        Examination before = e;
        e = apply(e, row, null, "si:" + i + ":value", problems,
            (ex, v) -> ex.withSiTest(SiProvocationTest.valueOf(row.key), TestResult.valueOf(v)));
        e = e == null ? before : e;
      }
    }
    for (int i = 0; i < waddellSigns.size(); i++) {
      Row row = waddellSigns.get(i);
      if (row.left != null) {
        Examination before = e;
        e = apply(e, row, null, "waddell:" + i + ":value", problems,
            (ex, v) -> ex.withWaddellSign(WaddellSign.valueOf(row.key), TestResult.valueOf(v)));
        e = e == null ? before : e;
      }
    }
    if (gait != null) {
      e = e.withGait(Gait.valueOf(gait));
    }
    if (wound != null) {
      e = e.withWound(WoundState.valueOf(wound));
    }
    return e;
  }

  private Examination apply(Examination e, Row row, Side side, String input,
      List<CellProblem> problems, BiFunction<Examination, String, Examination> change) {
    String value = side == null ? row.left : row.value(side);
    try {
      if (value == null) {
        throw new ClinicalRuleViolation("angleDegrees", "An angle is recorded only for a positive test.");
      }
      return change.apply(e, value);
    } catch (ClinicalRuleViolation violation) {
      String cell = side == null ? row.label : row.label + ", " + side.label().toLowerCase(java.util.Locale.ROOT);
      invalidCells.add(cellId(row, side));
      String component = "angleDegrees".equals(violation.getField()) && row.takesAngle ? input + "Angle" : input;
      problems.add(new CellProblem(cell, component, violation.getMessage()));
      return null;
    }
  }

  private static Examination write(Examination e, Row row, Side side, String value, Integer angle) {
    return switch (row.block) {
      case "TENSION" -> e.withTension(NeuralTensionTest.valueOf(row.key), side,
          new TensionFinding(TestResult.valueOf(value), angle));
      case "SENSATION" -> e.withSensation(Dermatome.valueOf(row.key), side, Sensation.valueOf(value));
      case "POWER" -> e.withPower(Myotome.valueOf(row.key), side, Integer.parseInt(value));
      case "REFLEX" -> e.withReflex(Reflex.valueOf(row.key), side, Integer.parseInt(value));
      case "SIGN" -> e.withSign(SideSign.valueOf(row.key), side, TestResult.valueOf(value));
      case "WALK" -> e.withWalking(WalkingTest.valueOf(row.key), side, Performance.valueOf(value));
      default -> throw new IllegalStateException(row.block);
    };
  }

  /**
   * "Rest normal": the domain fills every empty finding with its normal value and keeps every
   * recorded one. Returns how many findings were filled, or -1 when a cell must be corrected first.
   */
  public int restNormal(List<CellProblem> problems) {
    Examination entered = toExamination(problems);
    if (!problems.isEmpty()) {
      return -1;
    }
    int before = entered.missing().size();
    load(entered.restNormal());
    return before;
  }

  /** The SI cluster as the domain reads the tests entered so far. */
  public ClusterResult getSiCluster() {
    Examination e = Examination.blank();
    for (Row row : siTests) {
      if (row.left != null) {
        e = e.withSiTest(SiProvocationTest.valueOf(row.key), TestResult.valueOf(row.left));
      }
    }
    return e.siCluster();
  }

  public long getSiPositive() {
    return siTests.stream().filter(r -> TestResult.POSITIVE.name().equals(r.left)).count();
  }

  public int getSiThreshold() {
    return Examination.SI_CLUSTER_THRESHOLD;
  }

  public int getWaddellCount() {
    Examination e = Examination.blank();
    for (Row row : waddellSigns) {
      if (row.left != null) {
        e = e.withWaddellSign(WaddellSign.valueOf(row.key), TestResult.valueOf(row.left));
      }
    }
    return e.waddellCount();
  }

  public ClusterResult getWaddellResult() {
    Examination e = Examination.blank();
    for (Row row : waddellSigns) {
      if (row.left != null) {
        e = e.withWaddellSign(WaddellSign.valueOf(row.key), TestResult.valueOf(row.left));
      }
    }
    return e.waddellResult();
  }

  public int getWaddellThreshold() {
    return Examination.WADDELL_THRESHOLD;
  }

  /** Cells recorded / cells in the grid and lists, for "23 of 66 recorded". */
  public int getRecordedCount() {
    int n = 0;
    for (Block block : grid) {
      for (Row row : block.rows) {
        n += (row.left != null ? 1 : 0) + (row.right != null ? 1 : 0);
      }
    }
    n += (int) siTests.stream().filter(r -> r.left != null).count();
    n += (int) waddellSigns.stream().filter(r -> r.left != null).count();
    return n + (gait != null ? 1 : 0) + (wound != null ? 1 : 0);
  }

  public int getCellCount() {
    int n = 0;
    for (Block block : grid) {
      n += block.rows.size() * 2;
    }
    return n + siTests.size() + waddellSigns.size() + 2;
  }

  static String cellId(Row row, Side side) {
    return row.block + "." + row.key + (side == null ? "" : "." + side.name());
  }

  public boolean invalid(Row row, String side) {
    return invalidCells.contains(cellId(row, side == null || side.isEmpty() ? null : Side.valueOf(side)));
  }

  public List<Block> getGrid() {
    return grid;
  }

  public List<Row> getSiTests() {
    return siTests;
  }

  public List<Row> getWaddellSigns() {
    return waddellSigns;
  }

  public String getGait() {
    return gait;
  }

  public void setGait(String gait) {
    this.gait = blankToNull(gait);
  }

  public String getWound() {
    return wound;
  }

  public void setWound(String wound) {
    this.wound = blankToNull(wound);
  }

  public boolean isGaitAbnormal() {
    return gait != null && !Gait.NORMAL.name().equals(gait);
  }

  public boolean isWoundAbnormal() {
    return wound != null && !WoundState.HEALED.name().equals(wound);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
