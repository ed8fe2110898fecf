package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.domain.model.outcome.Scorings;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.infrastructure.persistence.MeasureScheduleRepository;

/**
 * The clinic's schedule of instruments per time point: read by everyone (pages show what is due
 * when), changed by the administrator. A change applies to sets created afterwards; sets already
 * due keep the instruments they were created with.
 */
@Stateless
@Interceptors(RuleViolationTranslator.class)
@RolesAllowed({
  Roles.COORDINATOR,
  Roles.SURGEON,
  Roles.PAIN_SPECIALIST,
  Roles.PHYSIOTHERAPIST,
  Roles.PSYCHOLOGIST,
  Roles.ADMIN
})
public class MeasureScheduleService {

  private static final String SCHEDULE = "MeasureSchedule";

  @Inject private MeasureScheduleRepository schedule;
  @Inject private AuditTrail auditTrail;

  /** Every scheduled time point, in the order of the episode, with its instruments in order. */
  public Map<TimePoint, List<String>> schedule() {
    Map<TimePoint, List<String>> all = new EnumMap<>(TimePoint.class);
    Map<TimePoint, List<String>> stored = schedule.schedule();
    for (TimePoint point : TimePoint.values()) {
      if (point.isScheduled()) {
        all.put(point, List.copyOf(stored.getOrDefault(point, List.of())));
      }
    }
    return all;
  }

  /** Replaces the instruments of one time point; an empty list schedules nothing there. */
  @RolesAllowed(Roles.ADMIN)
  public void replace(TimePoint point, List<String> instrumentCodes) {
    if (point == null || !point.isScheduled()) {
      throw new InvalidInputException("timePoint", "Choose a scheduled time point.");
    }
    List<String> codes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String code : instrumentCodes == null ? List.<String>of() : instrumentCodes) {
      String known =
          Scorings.instrument(code == null ? "" : code.trim())
              .orElseThrow(
                  () -> new InvalidInputException("instruments", "Unknown instrument: " + code))
              .code();
      if (!seen.add(known)) {
        throw new InvalidInputException("instruments", known + " is listed twice.");
      }
      codes.add(known);
    }
    schedule.replace(point, codes);
    auditTrail.record(AccessAction.UPDATE, AccessOutcome.ALLOWED, SCHEDULE, null, null);
  }
}
