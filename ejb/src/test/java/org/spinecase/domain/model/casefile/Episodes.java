package org.spinecase.domain.model.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.spinecase.domain.model.patient.MedicalRecordNumber;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PatientDetails;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.referral.RedFlag;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.domain.model.referral.ReferralChannel;
import org.spinecase.domain.model.referral.ReferralDetails;
import org.spinecase.domain.model.referral.ReferralQuestion;
import org.spinecase.domain.model.referral.Referrer;
import org.spinecase.domain.model.referral.Urgency;
import org.spinecase.domain.model.security.Clinician;

/** The clinic's people and a referral for each test, built the way the application builds them. */
public final class Episodes {

  public static final String SURGEON = "surgeon";
  public static final String PAIN_SPECIALIST = "pain-specialist";
  public static final String PHYSIOTHERAPIST = "physiotherapist";
  public static final String PSYCHOLOGIST = "psychologist";
  public static final String COORDINATOR = "coordinator";
  public static final String ADMIN = "admin";

  /** Every role, as Keycloak names them. */
  public static final List<String> ROLES =
      List.of(COORDINATOR, SURGEON, PAIN_SPECIALIST, PHYSIOTHERAPIST, PSYCHOLOGIST, ADMIN);

  /** A demo user: user name, roles, and their directory entry. */
  public record Person(String username, Set<String> roles) {
    public Clinician clinician() {
      return Clinician.seen(
          username,
          "Dr " + username,
          Discipline.ofRoles(roles),
          Instant.parse("2026-01-01T08:00:00Z"));
    }
  }

  public static final Person VARGA = new Person("surgeon", Set.of(SURGEON));
  public static final Person LINDQVIST = new Person("painspecialist", Set.of(PAIN_SPECIALIST));
  public static final Person NATARAJAN = new Person("physio", Set.of(PHYSIOTHERAPIST));
  public static final Person OSEI = new Person("psychologist", Set.of(PSYCHOLOGIST));
  public static final Person BRENNAN = new Person("coordinator", Set.of(COORDINATOR));
  public static final Person WHITFIELD = new Person("admin", Set.of(ADMIN));
  public static final Person BECKER_HOLT = new Person("drmulti", Set.of(SURGEON, PAIN_SPECIALIST));

  public static final List<Person> PEOPLE =
      List.of(VARGA, LINDQVIST, NATARAJAN, OSEI, BRENNAN, WHITFIELD, BECKER_HOLT);

  private Episodes() {}

  public static Patient patient() {
    return Patient.register(
        MedicalRecordNumber.issue("SC", 7),
        new PatientDetails(
            "Fischer",
            "Marta",
            LocalDate.of(1968, 3, 9),
            Sex.FEMALE,
            null,
            null,
            null,
            null,
            null));
  }

  public static ReferralDetails details(Urgency urgency, Set<RedFlag> flags) {
    return new ReferralDetails(
        new Referrer("Dr Amal Haddad", "Riverside Spine Centre", "a.haddad@example.org"),
        LocalDate.now().minusDays(3),
        ReferralChannel.LETTER,
        ReferralQuestion.SCS_EVALUATION,
        "Persistent leg pain after L5-S1 fusion",
        urgency,
        flags,
        6,
        8,
        30,
        null);
  }

  public static Referral referral() {
    return Referral.receive(
        patient(), details(Urgency.ROUTINE, EnumSet.noneOf(RedFlag.class)), BRENNAN.username());
  }

  /** A referral accepted by the surgeon, led by them, with the physiotherapist on the team. */
  public static CaseFile openCase() {
    return referral()
        .accept(
            VARGA.clinician(),
            List.of(NATARAJAN.clinician()),
            "Seen in clinic",
            VARGA.username(),
            VARGA.roles());
  }
}
