package org.spinecase.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spinecase.application.security.CurrentUser;
import org.spinecase.application.security.Roles;
import org.spinecase.domain.model.audit.AccessAction;
import org.spinecase.domain.model.audit.AccessOutcome;
import org.spinecase.infrastructure.persistence.WorklistQueries;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * The worklists clinicians land on: paged, sorted and filtered in SQL, red flags always first.
 *
 * <p>A page costs one statement for the rows, one for the total and one access-log entry, with ten
 * cases or a hundred thousand. Which rows a caller gets is decided inside those statements (see
 * {@link WorklistQueries}); which lists they get follows their roles ({@link Worklist#forRoles}).
 */
@Stateless
// Every clinical role by default; methods narrow it where the clinic's rules do. Object-level
// access (care team, break glass) is checked inside, through CareAccess.
@RolesAllowed({
  Roles.COORDINATOR,
  Roles.SURGEON,
  Roles.PAIN_SPECIALIST,
  Roles.PHYSIOTHERAPIST,
  Roles.PSYCHOLOGIST
})
public class WorklistService {

  /** Largest page, so that no request loads a whole list. */
  public static final int MAX_PAGE_SIZE = 100;

  private static final String WORKLIST = "Worklist";

  @Inject private WorklistQueries queries;
  @Inject private CurrentUser currentUser;
  @Inject private AuditTrail auditTrail;

  /**
   * One page of one of the caller's lists. A page size outside 1..{@value #MAX_PAGE_SIZE} is
   * brought inside it; no sort means longest waiting first.
   *
   * @throws EJBAccessException for a list that is not for the caller's roles
   */
  public WorklistPage page(
      Worklist list,
      WorklistFilter filter,
      int first,
      int pageSize,
      WorklistSort sort,
      boolean ascending) {
    requireFor(list);
    String me = currentUser.username();
    LocalDate today = ClinicClock.today();
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    boolean all = seesAllCases();
    List<WorklistRow> rows =
        queries.rows(list, filter, me, all, today, Math.max(0, first), size, sort, ascending);
    WorklistPage page = new WorklistPage(rows, queries.count(list, filter, me, all, today));
    auditTrail.record(AccessAction.SEARCH, AccessOutcome.ALLOWED, WORKLIST, null, null);
    return page;
  }

  /** How many rows each of the caller's lists has, unfiltered; one count per list. */
  public Map<Worklist, Long> counts() {
    String me = currentUser.username();
    LocalDate today = ClinicClock.today();
    Map<Worklist, Long> counts = new EnumMap<>(Worklist.class);
    for (Worklist list : Worklist.forRoles(currentUser.roleSet())) {
      counts.put(list, queries.count(list, null, me, seesAllCases(), today));
    }
    return counts;
  }

  /** The coordinator books every case's follow-up visits, so sees every case's due measures. */
  private boolean seesAllCases() {
    return currentUser.hasRole(Roles.COORDINATOR);
  }

  private void requireFor(Worklist list) {
    Set<String> roles = currentUser.roleSet();
    if (list == null || !list.isFor(roles)) {
      auditTrail.record(AccessAction.SEARCH, AccessOutcome.DENIED, WORKLIST, null, null);
      throw new EJBAccessException("This worklist is not for your roles.");
    }
  }
}
