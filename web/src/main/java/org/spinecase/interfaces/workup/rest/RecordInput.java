package org.spinecase.interfaces.workup.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.spinecase.application.DocumentUpload;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.WorkupService;
import org.spinecase.domain.model.workup.BlockComplication;
import org.spinecase.domain.model.workup.BlockTarget;
import org.spinecase.domain.model.workup.BlockType;
import org.spinecase.domain.model.workup.Concordance;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.EnhancementPattern;
import org.spinecase.domain.model.workup.FusionStatus;
import org.spinecase.domain.model.workup.Guidance;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.LocalAnaesthetic;
import org.spinecase.domain.model.workup.NerveRoot;
import org.spinecase.domain.model.workup.NeuralCompression;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.domain.model.workup.RootFinding;
import org.spinecase.domain.model.workup.Sedation;
import org.spinecase.domain.model.workup.Side;
import org.spinecase.domain.model.workup.StudyFindings;
import org.spinecase.domain.model.workup.StudyType;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.workup.rest.dto.AddendumDto;
import org.spinecase.interfaces.workup.rest.dto.BlockDto;
import org.spinecase.interfaces.workup.rest.dto.FindingsDto;
import org.spinecase.interfaces.workup.rest.dto.ReportUploadDto;
import org.spinecase.interfaces.workup.rest.dto.StudyOrderDto;
import org.spinecase.interfaces.workup.rest.dto.StudyResultDto;

/**
 * The bodies of the study result and of a diagnostic block read into the domain's records, every
 * problem named by its JSON field ("findings.pelvicIncidence", "postNrs.HOUR_1"). A report is
 * decoded from base64 and refused over 10 MiB from the length of its text, before decoding; whether
 * it is a PDF, JPEG or PNG is the service's check, from the bytes.
 */
final class RecordInput {

  // --- whole request bodies, read by the service once the caller may write --------------------

  static StudyType studyType(StudyOrderDto order) {
    Input in = new Input();
    StudyType type = in.requiredCode(StudyType.class, order.type(), "type");
    in.throwIfAny();
    return type;
  }

  static WorkupService.StudyResult studyResult(StudyType type, StudyResultDto result) {
    Input in = new Input();
    StudyFindings findings = findings(type, result.findings(), in);
    DocumentUpload report = report(result.report(), in);
    in.throwIfAny();
    return new WorkupService.StudyResult(findings, report);
  }

  static DiagnosticBlock block(BlockDto body, int number) {
    if (body == null) {
      throw new InvalidInputException(null, "Send the block: see BlockDto.");
    }
    Input in = new Input();
    DiagnosticBlock block = block(body, number, in);
    in.throwIfAny();
    return block;
  }

  /** The section an addendum concerns; none means the workup as a whole. */
  static WorkupSection concerns(AddendumDto addendum) {
    Input in = new Input();
    WorkupSection concerns = in.code(WorkupSection.class, addendum.concerns(), "concerns");
    in.throwIfAny();
    return concerns;
  }

  /** The largest report a study takes. */
  static final long MAX_REPORT_BYTES = 10L * 1024 * 1024;

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final double MIB = 1024.0 * 1024.0;

  private RecordInput() {}

  // --- study findings --------------------------------------------------------------------------

  static StudyFindings findings(StudyType type, FindingsDto dto, Input in) {
    if (dto == null) {
      in.add("findings", "The findings of the " + type.label() + " are required.");
      return null;
    }
    String f = "findings";
    return switch (type) {
      case MRI_WITH_AND_WITHOUT_GADOLINIUM -> {
        EnhancementPattern pattern =
            in.requiredCode(EnhancementPattern.class, dto.enhancementPattern(), f + ".enhancementPattern");
        Set<NeuralCompression> compression = in.codes(NeuralCompression.class, dto.compression(), f + ".compression");
        yield pattern == null ? null : in.make("", field -> f + "." + renamed(field),
            () -> new StudyFindings.Enhancement(pattern, compression));
      }
      case MRI_WITHOUT_GADOLINIUM, CT_MYELOGRAM -> {
        Set<NeuralCompression> compression = in.codes(NeuralCompression.class, dto.compression(), f + ".compression");
        yield in.make(f + ".compression", () -> new StudyFindings.Compression(compression));
      }
      case CT -> {
        FusionStatus status = in.requiredCode(FusionStatus.class, dto.fusionStatus(), f + ".fusionStatus");
        yield status == null ? null : new StudyFindings.FusionCt(
            status, Boolean.TRUE.equals(dto.screwLucency()), Boolean.TRUE.equals(dto.cageSubsidence()));
      }
      case FLEXION_EXTENSION_XRAYS -> in.make("", field -> f + "." + field,
          () -> new StudyFindings.Dynamic(dto.translationMm(), dto.angulationDegrees()));
      case STANDING_LONG_FILMS -> {
        boolean complete = required(dto.pelvicIncidence(), f + ".pelvicIncidence", in)
            & required(dto.lumbarLordosis(), f + ".lumbarLordosis", in)
            & required(dto.svaMm(), f + ".svaMm", in);
        yield !complete ? null : in.make("", field -> f + "." + field,
            () -> new StudyFindings.Sagittal(dto.pelvicIncidence(), dto.lumbarLordosis(), dto.svaMm()));
      }
      case EMG_NCS -> {
        Map<NerveRoot, RootFinding> left = roots(dto.emgLeft(), f + ".emgLeft", in);
        Map<NerveRoot, RootFinding> right = roots(dto.emgRight(), f + ".emgRight", in);
        yield in.make(f + ".emgLeft", () -> new StudyFindings.Electrodiagnostic(left, right));
      }
      case ESR_CRP -> in.make("", field -> f + "." + renamed(field),
          () -> new StudyFindings.InflammatoryMarkers(dto.esrMmPerHour(), dto.crpMgPerL()));
    };
  }

  private static String renamed(String domainField) {
    return switch (domainField) {
      case "esr" -> "esrMmPerHour";
      case "crp" -> "crpMgPerL";
      default -> domainField;
    };
  }

  private static boolean required(Object value, String field, Input in) {
    if (value == null) {
      in.add(field, "Required.");
      return false;
    }
    return true;
  }

  private static Map<NerveRoot, RootFinding> roots(Map<String, String> json, String field, Input in) {
    Map<NerveRoot, RootFinding> roots = new EnumMap<>(NerveRoot.class);
    if (json == null) {
      return roots;
    }
    json.forEach((key, value) -> {
      NerveRoot root = in.code(NerveRoot.class, key, field + "." + key);
      RootFinding finding = in.requiredCode(RootFinding.class, value, field + "." + key);
      if (root != null && finding != null) {
        roots.put(root, finding);
      }
    });
    return roots;
  }

  // --- report ----------------------------------------------------------------------------------

  static DocumentUpload report(ReportUploadDto dto, Input in) {
    if (dto == null) {
      return null;
    }
    String field = "report.contentBase64";
    if (dto.contentBase64() == null || dto.contentBase64().isBlank()) {
      in.add(field, "The report's content is required, base64-encoded.");
      return null;
    }
    // MIME-style line breaks are common in what other systems send; they carry no data
    String text = WHITE_SPACE.matcher(dto.contentBase64()).replaceAll("");
    long length = decodedLength(text);
    if (length > MAX_REPORT_BYTES) {
      in.add(field, String.format(Locale.ROOT,
          "The file is %.1f MiB; a report may be at most %.1f MiB (%d bytes).",
          length / MIB, MAX_REPORT_BYTES / MIB, MAX_REPORT_BYTES));
      return null;
    }
    try {
      byte[] content = Base64.getDecoder().decode(text);
      if (content.length == 0) {
        in.add(field, "The file is empty.");
        return null;
      }
      return new DocumentUpload(dto.fileName(), content);
    } catch (IllegalArgumentException e) {
      in.add(field, "Not valid base64 (RFC 4648, standard alphabet): " + e.getMessage());
      return null;
    }
  }

  /** The decoded size the text announces; exact for valid base64, an estimate otherwise. */
  static long decodedLength(String text) {
    long length = text.length();
    int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
    return Math.max(0, length / 4 * 3 + (length % 4 == 0 ? 0 : length % 4 - 1) - padding);
  }

  // --- blocks ----------------------------------------------------------------------------------

  /** The block as sent; {@code number} 0 for a new block, the block's own number for an update. */
  static DiagnosticBlock block(BlockDto dto, long number, Input in) {
    BlockType type = in.requiredCode(BlockType.class, dto.blockType(), "blockType");
    Levels levels = null;
    if (dto.levels() == null || dto.levels().isBlank()) {
      in.add("levels", "The level blocked is required, e.g. L4-L5.");
    } else {
      levels = in.make("levels", () -> Levels.of(dto.levels()));
    }
    Side side = in.requiredCode(Side.class, dto.side(), "side");
    Guidance guidance = in.code(Guidance.class, dto.guidance(), "guidance");
    LocalAnaesthetic agent = in.code(LocalAnaesthetic.class, dto.agent(), "agent");
    Sedation sedation = in.code(Sedation.class, dto.sedation(), "sedation");
    Concordance concordance = in.code(Concordance.class, dto.concordance(), "concordance");
    Set<BlockComplication> complications = in.codes(BlockComplication.class, dto.complications(), "complications");
    Map<ReadingTime, Integer> post = new EnumMap<>(ReadingTime.class);
    if (dto.postNrs() != null) {
      dto.postNrs().forEach((key, score) -> {
        String field = "postNrs." + key;
        ReadingTime time = in.code(ReadingTime.class, key, field);
        if (score == null || score < 0 || score > 10) {
          in.add(field, "Pain must be rated 0 to 10.");
        } else if (time != null) {
          post.put(time, score);
        }
      });
    }
    if (dto.preNrs() == null) {
      in.add("preNrs", "Pain before the block is required (NRS 1-10).");
    } else if (dto.preNrs() < 0 || dto.preNrs() > 10) {
      in.add("preNrs", "Pain must be rated 0 to 10.");
    }
    if (type == null || levels == null || side == null || dto.preNrs() == null || !in.violations().isEmpty()) {
      return null;
    }
    BlockTarget target = new BlockTarget(type, levels, side);
    BigDecimal volume = dto.volumeMl();
    LocalDate performedOn = dto.performedOn();
    return in.make("", field -> field, () -> new DiagnosticBlock(number, performedOn, target, guidance, agent,
        volume, sedation, dto.preNrs(), post, dto.reliefDurationHours(), concordance, complications));
  }
}
