package org.spinecase.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.domain.model.workup.SectionContent;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyStatus;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.WorkupSection;

/**
 * The workup of a case as the caller may see it: the sections (only those the caller may read,
 * so the coordinator gets the studies alone), studies, blocks and their series, the signature and
 * addenda, what the caller may do, and the latest psychosocial scores from the outcome measures.
 *
 * <p>{@code workupId} is null while nothing has been saved: the sheet is then shown empty. The
 * nested records are the pages' view models: they carry JavaBean getters because Facelets (EL)
 * does not see record accessors, and they hand out no domain record (a section's content, a
 * study's findings, a block) as a property, so that a page cannot reach into one; the forms read
 * those through the accessors in Java.
 */
public record WorkupView(
    long caseId,
    Long workupId,
    CaseStatus caseStatus,
    List<SectionState> sections,
    List<StudyRow> studies,
    List<BlockRow> blocks,
    List<SeriesRow> blockSeries,
    SignatureRow signature,
    List<AddendumRow> addenda,
    List<String> redFlags,
    boolean mayEdit,
    boolean maySign,
    List<String> signingBlockers,
    List<ScoreRow> psychosocialScores)
    implements Serializable {

  public WorkupView {
    sections = List.copyOf(sections);
    studies = List.copyOf(studies);
    blocks = List.copyOf(blocks);
    blockSeries = List.copyOf(blockSeries);
    addenda = List.copyOf(addenda);
    redFlags = List.copyOf(redFlags);
    signingBlockers = List.copyOf(signingBlockers);
    psychosocialScores = List.copyOf(psychosocialScores);
  }

  /** The state of one section, or empty when the caller may not read it. */
  public java.util.Optional<SectionState> section(WorkupSection section) {
    return sections.stream().filter(s -> s.section() == section).findFirst();
  }

  /** The study with the workup's number, or empty. */
  public java.util.Optional<StudyRow> study(int number) {
    return studies.stream().filter(s -> s.number() == number).findFirst();
  }

  /** The block with the workup's number, or empty. */
  public java.util.Optional<BlockRow> block(int number) {
    return blocks.stream().filter(b -> b.number() == number).findFirst();
  }

  public boolean isSigned() {
    return signature != null;
  }

  public long getCaseId() {
    return caseId;
  }

  public Long getWorkupId() {
    return workupId;
  }

  public CaseStatus getCaseStatus() {
    return caseStatus;
  }

  public List<SectionState> getSections() {
    return sections;
  }

  public List<StudyRow> getStudies() {
    return studies;
  }

  public List<BlockRow> getBlocks() {
    return blocks;
  }

  public List<SeriesRow> getBlockSeries() {
    return blockSeries;
  }

  public SignatureRow getSignature() {
    return signature;
  }

  public List<AddendumRow> getAddenda() {
    return addenda;
  }

  public List<String> getRedFlags() {
    return redFlags;
  }

  public boolean isMayEdit() {
    return mayEdit;
  }

  public boolean isMaySign() {
    return maySign;
  }

  public List<String> getSigningBlockers() {
    return signingBlockers;
  }

  public List<ScoreRow> getPsychosocialScores() {
    return psychosocialScores;
  }

  /**
   * One section: its content (null until first saved), completeness with what is missing, who
   * saved it last, its own version (-1 before the first save, the value to send with it) and
   * whether the caller may write it now.
   */
  public record SectionState(
      WorkupSection section,
      String label,
      SectionContent content,
      boolean complete,
      List<String> missing,
      String savedBy,
      Instant savedAt,
      long version,
      boolean mayWrite)
      implements Serializable {

    public SectionState {
      missing = List.copyOf(missing);
    }

    public WorkupSection getSection() {
      return section;
    }

    public String getLabel() {
      return label;
    }

    public boolean isComplete() {
      return complete;
    }

    public List<String> getMissing() {
      return missing;
    }

    public String getSavedBy() {
      return savedBy;
    }

    public Instant getSavedAt() {
      return savedAt;
    }

    public long getVersion() {
      return version;
    }

    public boolean isMayWrite() {
      return mayWrite;
    }

    /** Whether signing needs this section complete; the sign box lists the others as optional. */
    public boolean isRequiredForSigning() {
      return section.isRequiredForSigning();
    }
  }

  /**
   * One study by the workup's number. Findings and the report are clinical content: null and false
   * for the coordinator, who sees what is ordered and outstanding only.
   */
  public record StudyRow(
      int number,
      StudyType type,
      StudyStatus status,
      String levels,
      LocalDate orderedOn,
      String orderedBy,
      LocalDate resultedOn,
      StudyFindings findings,
      boolean hasReport,
      String reportFileName,
      long version)
      implements Serializable {

    public int getNumber() {
      return number;
    }

    public StudyType getType() {
      return type;
    }

    public String getTypeLabel() {
      return type.label();
    }

    public StudyStatus getStatus() {
      return status;
    }

    public String getStatusLabel() {
      return status.label();
    }

    public boolean isOutstanding() {
      return status == StudyStatus.ORDERED;
    }

    public String getLevels() {
      return levels;
    }

    public LocalDate getOrderedOn() {
      return orderedOn;
    }

    public String getOrderedBy() {
      return orderedBy;
    }

    public LocalDate getResultedOn() {
      return resultedOn;
    }

    public boolean isHasReport() {
      return hasReport;
    }

    public String getReportFileName() {
      return reportFileName;
    }

    public long getVersion() {
      return version;
    }
  }

  /** One block by the workup's number, with the relief the domain computes per time point. */
  public record BlockRow(
      int number, DiagnosticBlock block, List<Relief> reliefs, Double bestRelief, long version)
      implements Serializable {

    public BlockRow {
      reliefs = List.copyOf(reliefs);
    }

    public int getNumber() {
      return number;
    }

    // What the pages show of the block, as properties: EL does not read the record's accessors,
    // and pages never reach into the domain record itself (see interfaces.workup.web).

    public LocalDate getPerformedOn() {
      return block.performedOn();
    }

    public String getTargetLabel() {
      return block.target().label();
    }

    public boolean isConfoundedBySedation() {
      return block.isConfoundedBySedation();
    }

    public String getAgentLabel() {
      return block.agent().label();
    }

    public java.math.BigDecimal getVolumeMl() {
      return block.volumeMl();
    }

    public int getPreNrs() {
      return block.preNrs();
    }

    public List<Relief> getReliefs() {
      return reliefs;
    }

    public Double getBestRelief() {
      return bestRelief;
    }

    public long getVersion() {
      return version;
    }
  }

  /** The pain after a block at one time point and the relief it means, in percent. */
  public record Relief(ReadingTime time, int postNrs, double percent) implements Serializable {

    public ReadingTime getTime() {
      return time;
    }

    public int getPostNrs() {
      return postNrs;
    }

    public double getPercent() {
      return percent;
    }
  }

  /** The blocks of one target together, against the common 80 % threshold. */
  public record SeriesRow(
      String target,
      List<Integer> blockNumbers,
      boolean comparative,
      boolean meetsThreshold,
      double thresholdPercent)
      implements Serializable {

    public SeriesRow {
      blockNumbers = List.copyOf(blockNumbers);
    }

    public String getTarget() {
      return target;
    }

    public List<Integer> getBlockNumbers() {
      return blockNumbers;
    }

    public boolean isComparative() {
      return comparative;
    }

    public boolean isMeetsThreshold() {
      return meetsThreshold;
    }

    public double getThresholdPercent() {
      return thresholdPercent;
    }
  }

  /** Who signed (username, display name, discipline label) and when. */
  public record SignatureRow(String username, String name, String discipline, Instant at)
      implements Serializable {

    public String getUsername() {
      return username;
    }

    public String getName() {
      return name;
    }

    public String getDiscipline() {
      return discipline;
    }

    public Instant getAt() {
      return at;
    }
  }

  /** A dated, signed addendum; {@code concerns} is null when it is about the whole workup. */
  public record AddendumRow(
      long id, WorkupSection concerns, String text, SignatureRow signature)
      implements Serializable {

    public long getId() {
      return id;
    }

    public WorkupSection getConcerns() {
      return concerns;
    }

    public String getConcernsLabel() {
      return concerns == null ? "Whole workup" : concerns.label();
    }

    public String getText() {
      return text;
    }

    public SignatureRow getSignature() {
      return signature;
    }
  }
}
