package org.spinecase.application;

import java.io.Serializable;
import java.util.List;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.SafetyAlert;

/**
 * Everything the case page shows, read in one service call ({@link CasePages#page}): the case
 * loaded whole, its banner, its timeline with questionnaires and alerts, the overview's MDT
 * decision, the measure sets, the workup's progress and, for the roles that see scores, the
 * responses and safety alerts. One load, one access check and one access-log entry, in a fixed
 * number of statements.
 *
 * @param mdtDecision the latest MDT decision on the timeline, with its text; {@code null} before
 *     the MDT has decided
 * @param responses the case's responses, empty for readers who see no scores
 * @param alerts the case's safety alerts, empty for readers who see no scores
 */
public record CasePage(
    CaseFile caseFile,
    PatientBanner banner,
    List<TimelineEntry> timeline,
    TimelineEntry mdtDecision,
    List<MeasureSet> measureSets,
    List<InstrumentResponse> responses,
    List<SafetyAlert> alerts,
    WorkupView workup)
    implements Serializable {

  public CasePage {
    timeline = List.copyOf(timeline);
    measureSets = List.copyOf(measureSets);
    responses = List.copyOf(responses);
    alerts = List.copyOf(alerts);
  }

  // Jakarta EE 10's Expression Language resolves JavaBean getters only, not record accessors.
  public CaseFile getCaseFile() {
    return caseFile;
  }

  public PatientBanner getBanner() {
    return banner;
  }

  public List<TimelineEntry> getTimeline() {
    return timeline;
  }

  public TimelineEntry getMdtDecision() {
    return mdtDecision;
  }

  public List<MeasureSet> getMeasureSets() {
    return measureSets;
  }

  public List<InstrumentResponse> getResponses() {
    return responses;
  }

  public List<SafetyAlert> getAlerts() {
    return alerts;
  }

  public WorkupView getWorkup() {
    return workup;
  }
}
