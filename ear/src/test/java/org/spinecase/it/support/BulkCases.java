package org.spinecase.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * Many open cases at once for list tests: patients, accepted referrals, cases and their lead, in
 * four set-based statements in one transaction (1,000 cases take well under a second). Ids come
 * from the application's sequences, one block each, so Hibernate never hands them out again.
 */
@Stateless
@PermitAll
public class BulkCases {

  @PersistenceContext(unitName = "spinecase")
  EntityManager em;

  /**
   * Creates {@code count} routine cases in workup led by {@code lead} (a surgeon or pain
   * specialist) and returns the family name they all share.
   */
  public String create(int count, String lead, String leadName) {
    String family = "Bulk" + UUID.randomUUID().toString().substring(0, 8);
    String audit = "now(), 'bulk', now(), 'bulk'";
    em.createNativeQuery("insert into patient (id, version, created_at, created_by, changed_at, changed_by, mrn,"
            + " family_name, given_name, search_name, date_of_birth, sex, preferred_language)"
            + " select nextval('patient_seq'), 0, " + audit + ", 'BK' || substr(?1, 5, 8) || '-' || g, ?1, 'Case' || g,"
            + " lower(?1) || ' case' || g, date '1950-01-01' + g, 'UNKNOWN', 'en' from generate_series(1, ?2) g")
        .setParameter(1, family).setParameter(2, count).executeUpdate();
    em.createNativeQuery("insert into referral (id, version, created_at, created_by, changed_at, changed_by,"
            + " patient_id, referrer_name, received_on, channel, question, urgency, red_flag, status, status_since,"
            + " triaged_at, triaged_by) select nextval('referral_seq'), 0, " + audit + ", p.id, 'Dr Bulk',"
            + " current_date - 30, 'LETTER', 'PAIN_MANAGEMENT', 'ROUTINE', false, 'ACCEPTED', current_date - 20,"
            + " now(), ?2 from patient p where p.family_name = ?1")
        .setParameter(1, family).setParameter(2, lead).executeUpdate();
    em.createNativeQuery("insert into case_file (id, version, created_at, created_by, changed_at, changed_by,"
            + " patient_id, referral_id, status, status_since, lead_username, lead_name, red_flag, opened_at)"
            + " select nextval('case_file_seq'), 0, " + audit + ", r.patient_id, r.id, 'WORKUP', current_date - 10,"
            + " ?2, ?3, false, now() from referral r join patient p on p.id = r.patient_id where p.family_name = ?1")
        .setParameter(1, family).setParameter(2, lead).setParameter(3, leadName).executeUpdate();
    em.createNativeQuery("insert into care_team_member (id, version, created_at, created_by, changed_at, changed_by,"
            + " case_file_id, username, display_name, discipline, lead, added_at, added_by)"
            + " select nextval('care_team_member_seq'), 0, " + audit + ", c.id, ?2, ?3, 'SURGERY', true, now(), 'bulk'"
            + " from case_file c join patient p on p.id = c.patient_id where p.family_name = ?1")
        .setParameter(1, family).setParameter(2, lead).setParameter(3, leadName).executeUpdate();
    return family;
  }

  /** Gives every case of the bulk family an open baseline measure set, due ten days ago. */
  public void baselines(String family) {
    em.createNativeQuery("insert into measure_set (id, version, created_at, created_by, changed_at, changed_by,"
            + " case_file_id, patient_id, time_point, due_on, overdue_on, outstanding, status)"
            + " select nextval('measure_set_seq'), 0, now(), 'bulk', now(), 'bulk', c.id, c.patient_id,"
            + " 'BASELINE', current_date - 10, current_date + 4, 'NRS-BACK,ODI', 'OPEN'"
            + " from case_file c join patient p on p.id = c.patient_id where p.family_name = ?1")
        .setParameter(1, family).executeUpdate();
  }
}
