package org.spinecase.interfaces.outcome.rest;

import jakarta.persistence.Persistence;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.spinecase.application.InstrumentForm;
import org.spinecase.application.OutcomeHistory;
import org.spinecase.application.ScoreRow;
import org.spinecase.application.TreatmentEvent;
import org.spinecase.domain.model.outcome.Flag;
import org.spinecase.domain.model.outcome.Instrument;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.domain.model.outcome.ScoreValue;
import org.spinecase.domain.model.outcome.Scorings;
import org.spinecase.interfaces.outcome.rest.dto.CodeLabelDto;
import org.spinecase.interfaces.outcome.rest.dto.InstrumentFormDto;
import org.spinecase.interfaces.outcome.rest.dto.ItemFormDto;
import org.spinecase.interfaces.outcome.rest.dto.MeasureSetDto;
import org.spinecase.interfaces.outcome.rest.dto.OptionFormDto;
import org.spinecase.interfaces.outcome.rest.dto.OutcomeDto;
import org.spinecase.interfaces.outcome.rest.dto.OutcomeHistoryDto;
import org.spinecase.interfaces.outcome.rest.dto.SafetyAlertDto;
import org.spinecase.interfaces.outcome.rest.dto.ScoreDto;
import org.spinecase.interfaces.outcome.rest.dto.ScoreRowDto;
import org.spinecase.interfaces.outcome.rest.dto.SubscaleDto;
import org.spinecase.interfaces.outcome.rest.dto.TreatmentEventDto;

/** Between the outcome API's JSON and the outcome entities and records. */
final class OutcomeAssembler {

  private OutcomeAssembler() {}

  /** A response with its item answers (the service has fetched them). */
  static OutcomeDto toDto(InstrumentResponse response) {
    return toDto(response, true);
  }

  /** A response in a list: its score without the item answers, which a list does not fetch. */
  static OutcomeDto toSummary(InstrumentResponse response) {
    return toDto(response, false);
  }

  private static OutcomeDto toDto(InstrumentResponse response, boolean withAnswers) {
    Instrument instrument = response.getInstrument();
    return new OutcomeDto(
        response.getId(),
        response.getVersion(),
        response.getCaseFile().getId(),
        response.getPatient().getId(),
        response.getInstrumentCode(),
        instrument == null ? null : instrument.name(),
        response.getInstrumentVersion(),
        response.getLanguage(),
        response.getRecallPeriod(),
        response.getRecallPeriod() == null ? null : response.getRecallPeriod().label(),
        response.getTimePoint(),
        response.getTimePoint() == null ? null : response.getTimePoint().label(),
        response.getAdministeredOn(),
        response.getMode(),
        response.getMode() == null ? null : response.getMode().label(),
        response.getStatus(),
        response.getStatus().label(),
        response.getEnteredBy(),
        response.getEnteredAt(),
        response.getCompletedAt(),
        response.getErrorReason(),
        response.hasSafetyAlert(),
        withAnswers ? AnswersJson.write(response.getAnswers()) : null,
        scoreOf(response, instrument));
  }

  /** Subscales when the service fetched the stored scores (it does for single responses). */
  private static ScoreDto scoreOf(InstrumentResponse response, Instrument instrument) {
    return new ScoreDto(
        response.getTotal(),
        response.getBand(),
        loaded(response, "scores") ? subscales(response.getScores(), instrument) : null,
        flags(response.getFlags()),
        response.getNotScorableReason(),
        response.getLoincPanel(),
        response.getLoincTotal());
  }

  /** Whether the service fetched a lazy part of the response. */
  private static boolean loaded(InstrumentResponse response, String attribute) {
    return Persistence.getPersistenceUtil().isLoaded(response, attribute);
  }

  /** The stored subscale values with the LOINC code stored beside each, by code. */
  private static List<SubscaleDto> subscales(Set<ScoreValue> scores, Instrument instrument) {
    return scores.stream()
        .filter(score -> !ScoreValue.TOTAL.equals(score.getName()))
        .sorted(Comparator.comparing(ScoreValue::getName))
        .map(score -> new SubscaleDto(
            score.getName(),
            instrument == null ? score.getName() : Scorings.subscaleName(instrument, score.getName()),
            score.getValue(),
            score.getLoinc()))
        .toList();
  }

  private static List<CodeLabelDto> flags(Set<Flag> flags) {
    if (flags == null) {
      return List.of();
    }
    return flags.stream()
        .sorted(Comparator.naturalOrder())
        .map(f -> new CodeLabelDto(f.name(), f.label()))
        .toList();
  }

  static InstrumentFormDto toDto(InstrumentForm form) {
    Optional<Instrument> instrument = Scorings.instrument(form.code());
    return new InstrumentFormDto(
        form.code(),
        form.name(),
        form.version(),
        form.licensed(),
        form.textSupplied(),
        form.leadIn(),
        instrument.map(Instrument::loincPanel).orElse(null),
        instrument.map(Instrument::loincTotal).orElse(null),
        form.recallPeriods().stream().map(OutcomeAssembler::toDto).toList(),
        form.items().stream()
            .map(item -> new ItemFormDto(
                item.number(),
                item.label(),
                item.min(),
                item.max(),
                item.options().stream().map(o -> new OptionFormDto(o.value(), o.label())).toList()))
            .toList());
  }

  static CodeLabelDto toDto(RecallPeriod period) {
    return new CodeLabelDto(period.name(), period.label());
  }

  static OutcomeHistoryDto toDto(long patientId, OutcomeHistory history) {
    return new OutcomeHistoryDto(
        patientId,
        history.rows().stream().map(OutcomeAssembler::toDto).toList(),
        history.treatmentEvents().stream().map(OutcomeAssembler::toDto).toList());
  }

  static ScoreRowDto toDto(ScoreRow row) {
    return new ScoreRowDto(
        row.responseId(),
        row.caseId(),
        row.instrumentCode(),
        row.instrumentName(),
        row.administeredOn(),
        row.timePoint(),
        row.timePoint() == null ? null : row.timePoint().label(),
        row.recallPeriod(),
        row.total(),
        row.band(),
        row.subscales(),
        row.flags(),
        row.enteredBy(),
        row.enteredAt());
  }

  static TreatmentEventDto toDto(TreatmentEvent event) {
    return new TreatmentEventDto(event.on(), event.label(), event.caseId());
  }

  static SafetyAlertDto toDto(SafetyAlert alert) {
    return new SafetyAlertDto(
        alert.getId(),
        alert.getVersion(),
        alert.getCaseFile().getId(),
        alert.getResponse().getId(),
        alert.isOpen(),
        alert.getRaisedAt(),
        alert.getAcknowledgedBy(),
        alert.getAcknowledgedAt(),
        alert.getNote());
  }

  static MeasureSetDto toDto(MeasureSet set, java.time.LocalDate today) {
    return new MeasureSetDto(
        set.getId(),
        set.getVersion(),
        set.getCaseFile().getId(),
        set.getTimePoint(),
        set.getTimePoint().label(),
        set.getDueOn(),
        set.getOverdueOn(),
        set.isOverdue(today),
        List.copyOf(set.getOutstanding()),
        set.getStatus(),
        set.getStatus().label());
  }
}
