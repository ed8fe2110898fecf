package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.spinecase.application.Worklist;
import org.spinecase.application.WorklistFilter;
import org.spinecase.application.WorklistRow;
import org.spinecase.application.WorklistSort;
import org.spinecase.domain.model.casefile.CaseStatus;
import org.spinecase.domain.model.outcome.MeasureSet;
import org.spinecase.domain.model.outcome.MeasureSetStatus;
import org.spinecase.domain.model.patient.PatientFilter;
import org.spinecase.domain.model.referral.ReferralStatus;
import org.spinecase.domain.model.workup.StudyStatus;

/**
 * The worklists' SQL: one statement for a page of rows (built as {@link WorklistRow} in the query,
 * no entity loaded) and one for the count, whatever the size of the list.
 *
 * <p>Who sees which rows is part of the query: lists of cases join the caller's active care-team
 * memberships, so a row the caller may not open is never read. Red flags come first in every order,
 * and the id breaks ties so that no row shows on two pages. Every fragment of the statement is a
 * constant of this class; values from the request are parameters.
 */
@ApplicationScoped
public class WorklistQueries {

  private static final String ROW = "org.spinecase.application.WorklistRow";

  private static final String REFERRAL_ROWS =
      "select new "
          + ROW
          + "(r.id, p.id, p.mrn, p.familyName, p.givenName, p.dateOfBirth, r.status, r.urgency,"
          + " r.redFlag, r.question, r.statusSince, r.dueOn)";
  private static final String REFERRALS =
      " from Referral r join r.patient p where r.status in :statuses";

  private static final String CASE_ROWS =
      "select new "
          + ROW
          + "(c.id, r.id, p.id, p.mrn, p.familyName, p.givenName, p.dateOfBirth, c.status,"
          + " r.urgency, c.redFlag, r.question, c.statusSince, c.leadName)";
  private static final String CASES =
      " from CaseFile c join c.referral r join c.patient p join c.members m"
          + " where m.username = :username and m.removedAt is null";

  /** Due measure sets: a row per open set, its time point and outstanding instruments. */
  private static final String MEASURE_ROWS =
      "select new "
          + ROW
          + "(c.id, r.id, p.id, p.mrn, p.familyName, p.givenName, p.dateOfBirth, s.timePoint,"
          + " s.outstanding, r.urgency, c.redFlag, r.question, s.dueOn, s.overdueOn, c.leadName)";
  private static final String MEASURE_SETS =
      " from MeasureSet s join s.caseFile c join c.referral r join c.patient p"
          + " where s.status = :open and s.dueOn <= :visibleUntil and c.status <> :closed";
  /** Outstanding workup studies: a row per study ordered and not yet resulted, on open cases. */
  private static final String STUDY_ROWS =
      "select new "
          + ROW
          + "(c.id, r.id, p.id, p.mrn, p.familyName, p.givenName, p.dateOfBirth, st.type,"
          + " st.levels, r.urgency, c.redFlag, r.question, st.orderedOn, c.leadName)";
  private static final String STUDIES =
      " from WorkupStudy st join st.workup w join w.caseFile c join c.referral r join c.patient p"
          + " where st.status = :ordered and c.status <> :closed";
  /** Open safety alerts: a row per alert not yet acknowledged, on open cases. */
  private static final String ALERT_ROWS =
      "select new "
          + ROW
          + "(c.id, r.id, p.id, p.mrn, p.familyName, p.givenName, p.dateOfBirth, c.status,"
          + " r.urgency, c.redFlag, r.question, a.raisedAt, c.leadName)";
  private static final String ALERTS =
      " from SafetyAlert a join a.caseFile c join c.referral r join c.patient p"
          + " where a.acknowledgedAt is null and c.status <> :closed";
  private static final String ON_TEAM =
      " and exists (select m.id from CareTeamMember m where m.caseFile = c"
          + " and m.username = :username and m.removedAt is null)";

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  /** One page of the list for the caller, red flags first, then the sort, then the id. */
  public List<WorklistRow> rows(
      Worklist list,
      WorklistFilter filter,
      String username,
      boolean allCases,
      LocalDate today,
      int first,
      int max,
      WorklistSort sort,
      boolean ascending) {
    Statement statement = statement(list, filter, username, allCases, today);
    String jpql;
    if (list == Worklist.MEASURES_DUE) {
      jpql = MEASURE_ROWS + statement.fromWhere + measuresOrderBy(sort, ascending);
    } else if (list == Worklist.STUDIES_OUTSTANDING) {
      jpql = STUDY_ROWS + statement.fromWhere + studiesOrderBy(sort, ascending);
    } else if (list == Worklist.SAFETY_ALERTS) {
      // red flags first, then the alert waiting longest (or the patient's name)
      String direction = ascending ? " asc" : " desc";
      String chosen = sort == WorklistSort.PATIENT ? "p.searchName" : "a.raisedAt";
      jpql = ALERT_ROWS + statement.fromWhere + " order by c.redFlag desc, " + chosen + direction
          + ", a.id" + direction;
    } else {
      String select = list.isCaseList() ? CASE_ROWS : REFERRAL_ROWS;
      jpql = select + statement.fromWhere + orderBy(list.isCaseList(), sort, ascending);
    }
    TypedQuery<WorklistRow> query = entityManager.createQuery(jpql, WorklistRow.class);
    statement.parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(max).getResultList();
  }

  /**
   * How many rows the list has for the caller with this filter. {@code allCases} is for callers
   * who see every open case's measure sets and outstanding studies (the coordinator); it only
   * widens MEASURES_DUE and STUDIES_OUTSTANDING.
   */
  public long count(
      Worklist list, WorklistFilter filter, String username, boolean allCases, LocalDate today) {
    Statement statement = statement(list, filter, username, allCases, today);
    String counted =
        list == Worklist.MEASURES_DUE
            ? "select count(s)"
            : list == Worklist.SAFETY_ALERTS
                ? "select count(a)"
            : list == Worklist.STUDIES_OUTSTANDING
                ? "select count(st)"
                : list.isCaseList() ? "select count(c)" : "select count(r)";
    TypedQuery<Long> query = entityManager.createQuery(counted + statement.fromWhere, Long.class);
    statement.parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private record Statement(String fromWhere, Map<String, Object> parameters) {}

  private static Statement statement(
      Worklist list, WorklistFilter filter, String username, boolean allCases, LocalDate today) {
    boolean measures = list == Worklist.MEASURES_DUE;
    boolean studies = list == Worklist.STUDIES_OUTSTANDING;
    boolean alerts = list == Worklist.SAFETY_ALERTS;
    StringBuilder jpql =
        new StringBuilder(
            alerts
                ? ALERTS
                : measures ? MEASURE_SETS : studies ? STUDIES : list.isCaseList() ? CASES : REFERRALS);
    Map<String, Object> parameters = new LinkedHashMap<>();
    String record = list.isCaseList() ? "c" : "r";
    if (alerts) {
      // the care team only, whoever else sees every case: the alert is clinical content
      parameters.put("closed", CaseStatus.CLOSED);
      jpql.append(ON_TEAM);
      parameters.put("username", username);
    } else if (measures) {
      // follow-ups show from two weeks before they are due, so the visit can be booked
      parameters.put("open", MeasureSetStatus.OPEN);
      parameters.put("visibleUntil", today.plusDays(MeasureSet.VISIBLE_DAYS_BEFORE_DUE));
      parameters.put("closed", CaseStatus.CLOSED);
      if (!allCases) {
        jpql.append(ON_TEAM);
        parameters.put("username", username);
      }
    } else if (studies) {
      parameters.put("ordered", StudyStatus.ORDERED);
      parameters.put("closed", CaseStatus.CLOSED);
      if (!allCases) {
        jpql.append(ON_TEAM);
        parameters.put("username", username);
      }
    } else if (list.isCaseList()) {
      parameters.put("username", username);
      caseStatus(list, filter, jpql, parameters);
    } else {
      parameters.put("statuses", referralStatuses(list));
      if (list == Worklist.OVERDUE_TRIAGE) {
        jpql.append(" and r.dueOn < :today");
        parameters.put("today", today);
      }
    }
    WorklistFilter given = filter == null ? new WorklistFilter() : filter;
    PatientFilter patient = PatientFilter.of(given.getText(), null);
    if (patient.hasText()) {
      // same matching as the patient search: folded name anywhere, or the start of the MRN
      jpql.append(" and (");
      if (patient.nameFragment() != null) {
        jpql.append("p.searchName like :name");
        parameters.put("name", "%" + patient.nameFragment() + "%");
      }
      if (patient.mrnPrefix() != null) {
        jpql.append(patient.nameFragment() != null ? " or " : "").append("p.mrn like :mrn");
        parameters.put("mrn", patient.mrnPrefix() + "%");
      }
      jpql.append(")");
    }
    if (given.getQuestion() != null) {
      jpql.append(" and r.question = :question");
      parameters.put("question", given.getQuestion());
    }
    if (Boolean.TRUE.equals(given.getRedFlagOnly())) {
      jpql.append(" and ").append(record).append(".redFlag = true");
    }
    return new Statement(jpql.toString(), parameters);
  }

  private static void caseStatus(
      Worklist list, WorklistFilter filter, StringBuilder jpql, Map<String, Object> parameters) {
    if (list == Worklist.READY_FOR_MDT) {
      jpql.append(" and c.status = :status");
      parameters.put("status", CaseStatus.READY_FOR_MDT);
    } else if (filter != null && filter.getStatus() != null) {
      jpql.append(" and c.status = :status");
      parameters.put("status", filter.getStatus());
    } else {
      jpql.append(" and c.status <> :closed");
      parameters.put("closed", CaseStatus.CLOSED);
    }
  }

  private static List<ReferralStatus> referralStatuses(Worklist list) {
    return switch (list) {
      case AWAITING_INFORMATION -> List.of(ReferralStatus.AWAITING_INFORMATION);
      case TRIAGE_QUEUE -> List.of(ReferralStatus.RECEIVED, ReferralStatus.AWAITING_INFORMATION);
      default -> List.of(ReferralStatus.RECEIVED);
    };
  }

  private static String orderBy(boolean cases, WorklistSort sort, boolean ascending) {
    String record = cases ? "c" : "r";
    String direction = ascending ? " asc" : " desc";
    // more days waited is an earlier date
    String waiting = record + ".statusSince" + (ascending ? " desc" : " asc");
    String chosen =
        switch (sort == null ? WorklistSort.WAITING : sort) {
          case WAITING -> waiting;
          case PATIENT -> "p.searchName" + direction;
          case RECEIVED_ON -> "r.receivedOn" + direction;
          case STATUS -> statusOrder(cases) + direction;
          case DUE_ON -> cases ? waiting : "r.dueOn" + direction + " nulls last";
        };
    return " order by " + record + ".redFlag desc, " + chosen + ", " + record + ".id" + direction;
  }

  /** Red flags first, then the set due first (or the chosen order), then the set's id. */
  private static String measuresOrderBy(WorklistSort sort, boolean ascending) {
    String direction = ascending ? " asc" : " desc";
    String chosen =
        switch (sort == null ? WorklistSort.DUE_ON : sort) {
          case PATIENT -> "p.searchName" + direction;
          case RECEIVED_ON -> "r.receivedOn" + direction;
          case STATUS -> "s.timePoint" + direction;
          // the longest waiting is the earliest due
          case WAITING -> "s.dueOn" + (ascending ? " desc" : " asc");
          case DUE_ON -> "s.dueOn" + direction;
        };
    return " order by c.redFlag desc, " + chosen + ", s.id" + direction;
  }

  /** Red flags first, then the longest outstanding (or the chosen order), then the study's id. */
  private static String studiesOrderBy(WorklistSort sort, boolean ascending) {
    String direction = ascending ? " asc" : " desc";
    String chosen =
        switch (sort == null ? WorklistSort.WAITING : sort) {
          case PATIENT -> "p.searchName" + direction;
          case RECEIVED_ON -> "r.receivedOn" + direction;
          case STATUS -> "st.type" + direction;
          // more days waited is an earlier order date
          case WAITING -> "st.orderedOn" + (ascending ? " desc" : " asc");
          case DUE_ON -> "st.orderedOn" + direction;
        };
    return " order by c.redFlag desc, " + chosen + ", st.id" + direction;
  }

  /** The statuses in the order of the episode rather than of the alphabet. */
  private static String statusOrder(boolean cases) {
    Enum<?>[] statuses = cases ? CaseStatus.values() : ReferralStatus.values();
    String type = cases ? CaseStatus.class.getName() : ReferralStatus.class.getName();
    String path = cases ? "c.status" : "r.status";
    return Arrays.stream(statuses)
        .map(s -> " when " + path + " = " + type + "." + s.name() + " then " + s.ordinal())
        .collect(Collectors.joining("", "case", " end"));
  }
}
