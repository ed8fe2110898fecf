package org.spinecase.interfaces.workup.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinecase.application.WorkupView.BlockRow;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.workup.BlockComplication;
import org.spinecase.domain.model.workup.BlockTarget;
import org.spinecase.domain.model.workup.BlockType;
import org.spinecase.domain.model.workup.Concordance;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.Guidance;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.LocalAnaesthetic;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.domain.model.workup.Sedation;
import org.spinecase.domain.model.workup.Side;

/**
 * One diagnostic block as entered (new, or an earlier one with later ratings added). The relief
 * shown beside each rating is the domain's {@code (pre - post) / pre}, computed as the clinician
 * types.
 */
public class BlockForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One time point after the block with the pain then. */
  public static final class Reading implements Serializable {
    private static final long serialVersionUID = 1L;
    private final ReadingTime time;
    private Integer nrs;

    Reading(ReadingTime time) {
      this.time = time;
    }

    public String getLabel() {
      return time.label();
    }

    public String getKey() {
      return time.name();
    }

    public Integer getNrs() {
      return nrs;
    }

    public void setNrs(Integer nrs) {
      this.nrs = nrs;
    }
  }

  private Integer number;
  private long version;
  private LocalDate performedOn;
  private String type;
  private String levels;
  private String side;
  private String guidance;
  private String agent;
  private BigDecimal volumeMl;
  private String sedation;
  private Integer preNrs;
  private final List<Reading> readings = new ArrayList<>();
  private Double reliefDurationHours;
  private String concordance;
  private List<String> complications = new ArrayList<>();

  public BlockForm(LocalDate today) {
    performedOn = today;
    for (ReadingTime time : ReadingTime.values()) {
      readings.add(new Reading(time));
    }
  }

  public static BlockForm of(BlockRow row) {
    DiagnosticBlock b = row.block();
    BlockForm form = new BlockForm(b.performedOn());
    form.number = row.number();
    form.version = row.version();
    form.type = b.target().type().name();
    form.levels = b.target().levels().text();
    form.side = b.target().side().name();
    form.guidance = b.guidance().name();
    form.agent = b.agent().name();
    form.volumeMl = b.volumeMl();
    form.sedation = b.sedation().name();
    form.preNrs = b.preNrs();
    for (Reading r : form.readings) {
      r.nrs = b.postNrs().get(r.time);
    }
    form.reliefDurationHours = b.reliefDurationHours();
    form.concordance = b.concordance().name();
    form.complications = new ArrayList<>(b.complications().stream().sorted().map(Enum::name).toList());
    return form;
  }

  public DiagnosticBlock toBlock() {
    if (type == null) {
      throw new ClinicalRuleViolation("blockType", "Block type is required.");
    }
    if (levels == null || levels.isBlank()) {
      throw new ClinicalRuleViolation("levels", "The level blocked is required.");
    }
    if (preNrs == null) {
      throw new ClinicalRuleViolation("preNrs", "Pain before the block (0-10) is required.");
    }
    Map<ReadingTime, Integer> post = new EnumMap<>(ReadingTime.class);
    for (Reading r : readings) {
      if (r.nrs != null) {
        post.put(r.time, r.nrs);
      }
    }
    Set<BlockComplication> happened = EnumSet.noneOf(BlockComplication.class);
    complications.forEach(c -> happened.add(BlockComplication.valueOf(c)));
    return new DiagnosticBlock(
        number == null ? 0 : number,
        performedOn,
        new BlockTarget(BlockType.valueOf(type), Levels.of(levels),
            side == null ? null : Side.valueOf(side)),
        guidance == null ? null : Guidance.valueOf(guidance),
        agent == null ? null : LocalAnaesthetic.valueOf(agent),
        volumeMl,
        sedation == null ? null : Sedation.valueOf(sedation),
        preNrs,
        post,
        reliefDurationHours,
        concordance == null ? null : Concordance.valueOf(concordance),
        happened);
  }

  /** Relief at this reading in percent, "75 %", or empty while either rating is missing. */
  public String relief(Reading reading) {
    if (preNrs == null || preNrs <= 0 || preNrs > 10 || reading.nrs == null || reading.nrs < 0 || reading.nrs > 10) {
      return "";
    }
    double percent = (preNrs - reading.nrs) * 100.0 / preNrs;
    return Math.round(percent) + " %";
  }

  public boolean isNew() {
    return number == null;
  }

  public Integer getNumber() {
    return number;
  }

  public long getVersion() {
    return version;
  }

  public LocalDate getPerformedOn() {
    return performedOn;
  }

  public void setPerformedOn(LocalDate performedOn) {
    this.performedOn = performedOn;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = ExaminationForm.blankToNull(type);
  }

  public String getLevels() {
    return levels;
  }

  public void setLevels(String levels) {
    this.levels = levels;
  }

  public String getSide() {
    return side;
  }

  public void setSide(String side) {
    this.side = ExaminationForm.blankToNull(side);
  }

  public String getGuidance() {
    return guidance;
  }

  public void setGuidance(String guidance) {
    this.guidance = ExaminationForm.blankToNull(guidance);
  }

  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = ExaminationForm.blankToNull(agent);
  }

  public BigDecimal getVolumeMl() {
    return volumeMl;
  }

  public void setVolumeMl(BigDecimal volumeMl) {
    this.volumeMl = volumeMl;
  }

  public String getSedation() {
    return sedation;
  }

  public void setSedation(String sedation) {
    this.sedation = ExaminationForm.blankToNull(sedation);
  }

  public Integer getPreNrs() {
    return preNrs;
  }

  public void setPreNrs(Integer preNrs) {
    this.preNrs = preNrs;
  }

  public List<Reading> getReadings() {
    return readings;
  }

  public Double getReliefDurationHours() {
    return reliefDurationHours;
  }

  public void setReliefDurationHours(Double reliefDurationHours) {
    this.reliefDurationHours = reliefDurationHours;
  }

  public String getConcordance() {
    return concordance;
  }

  public void setConcordance(String concordance) {
    this.concordance = ExaminationForm.blankToNull(concordance);
  }

  public List<String> getComplications() {
    return complications;
  }

  public void setComplications(List<String> complications) {
    this.complications = complications == null ? new ArrayList<>() : new ArrayList<>(complications);
  }
}
