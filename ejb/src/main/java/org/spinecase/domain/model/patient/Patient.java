package org.spinecase.domain.model.patient;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.spinecase.domain.model.shared.ClinicalRecord;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * A person registered with the clinic: identity, contact, risk factors and the spine surgeries they
 * had before they came to us.
 *
 * <p>The patient guards its own rules (a real date of birth, a name, surgeries not before birth) so
 * that every path that changes it, form or API or import, gets the same answer. Prior surgeries are
 * reached only through the patient when they are recorded, which keeps the date-of-birth rule in
 * one place.
 */
@Entity
@Table(name = "patient")
@Audited
@NamedQuery(
    name = Patient.WITH_SURGERIES,
    query = "select p from Patient p left join fetch p.surgeries where p.id = :id")
@NamedQuery(
    name = Patient.COUNT_BY_MRN,
    query = "select count(p) from Patient p where p.mrn = :mrn")
@NamedQuery(
    name = Patient.BY_SEARCH_NAME_AND_DATE_OF_BIRTH,
    query =
        "select p from Patient p where p.searchName = :searchName"
            + " and p.dateOfBirth = :dateOfBirth order by p.id")
public class Patient extends ClinicalRecord {

  public static final String WITH_SURGERIES = "Patient.withSurgeries";
  public static final String COUNT_BY_MRN = "Patient.countByMrn";
  public static final String BY_SEARCH_NAME_AND_DATE_OF_BIRTH =
      "Patient.bySearchNameAndDateOfBirth";

  /** Nobody alive was born earlier; an earlier date is a typing mistake. */
  public static final LocalDate EARLIEST_DATE_OF_BIRTH = LocalDate.of(1900, 1, 1);

  public static final String DEFAULT_LANGUAGE = "en";
  public static final int NAME_LENGTH = 100;

  private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}$");
  private static final Comparator<PriorSpineSurgery> BY_DATE =
      Comparator.comparing(PriorSpineSurgery::getSurgeryDate);

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patient_seq")
  @SequenceGenerator(name = "patient_seq", sequenceName = "patient_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "mrn", nullable = false, unique = true, updatable = false, length = 20)
  private String mrn;

  @Column(name = "family_name", nullable = false, length = NAME_LENGTH)
  private String familyName;

  @Column(name = "given_name", nullable = false, length = NAME_LENGTH)
  private String givenName;

  /** Derived from the names; history shows the names themselves. */
  @NotAudited
  @Column(name = "search_name", nullable = false, length = SearchName.MAX_LENGTH)
  private String searchName;

  @Column(name = "date_of_birth", nullable = false)
  private LocalDate dateOfBirth;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, length = 10)
  private Sex sex;

  @Column(name = "phone", length = 40)
  private String phone;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "address", length = 500)
  private String address;

  @Column(name = "preferred_language", nullable = false, length = 2)
  private String preferredLanguage;

  @Embedded private RiskFactors riskFactors;

  /**
   * Not audited on this side: each surgery has its own history, and auditing the inverse side would
   * add an empty patient revision for every surgery recorded. Excluded from the patient's
   * optimistic lock for the same reason: each surgery has its own version, and recording one must
   * not make a colleague's open edit of the demographics stale.
   */
  @NotAudited
  @OptimisticLock(excluded = true)
  @OneToMany(
      mappedBy = "patient",
      cascade = {CascadeType.PERSIST, CascadeType.MERGE})
  private List<PriorSpineSurgery> surgeries = new ArrayList<>();

  protected Patient() {}

  private Patient(MedicalRecordNumber mrn, PatientDetails details) {
    this.mrn = Objects.requireNonNull(mrn, "mrn").value();
    apply(details);
  }

  /** Registers a new patient under the given MRN. */
  public static Patient register(MedicalRecordNumber mrn, PatientDetails details) {
    return new Patient(mrn, details);
  }

  /** Replaces identity, contact and risk factors after an edit. */
  public void revise(PatientDetails details) {
    apply(details);
  }

  /** Records a spine surgery the patient had before coming to the clinic. */
  public PriorSpineSurgery recordPriorSurgery(SurgeryDetails details) {
    PriorSpineSurgery surgery = new PriorSpineSurgery(this, details);
    surgeries.add(surgery);
    return surgery;
  }

  /**
   * The likely-duplicate rule: same family and given name once case, accents and punctuation are
   * ignored, and the same date of birth. Catches the common double registration ("Muller" vs
   * "Müller") while leaving namesakes with other birthdays alone.
   */
  public boolean isLikelyDuplicateOf(String familyName, String givenName, LocalDate dateOfBirth) {
    return dateOfBirth != null
        && dateOfBirth.equals(this.dateOfBirth)
        && SearchName.of(familyName, givenName)
            .equals(SearchName.of(this.familyName, this.givenName));
  }

  /** Whether the details would change what the duplicate rule looks at. */
  public boolean wouldChangeIdentity(PatientDetails details) {
    return !isLikelyDuplicateOf(details.familyName(), details.givenName(), details.dateOfBirth());
  }

  /** Completed years of age on the given day. */
  public int ageOn(LocalDate day) {
    return Period.between(dateOfBirth, day).getYears();
  }

  @PrePersist
  @PreUpdate
  void refreshSearchName() {
    searchName = SearchName.of(familyName, givenName);
  }

  private void apply(PatientDetails details) {
    Objects.requireNonNull(details, "details");
    this.familyName = requiredName("familyName", "Family name", details.familyName());
    this.givenName = requiredName("givenName", "Given name", details.givenName());
    this.dateOfBirth = checkedDateOfBirth(details.dateOfBirth());
    if (details.sex() == null) {
      throw new ClinicalRuleViolation("sex", "Sex is required.");
    }
    this.sex = details.sex();
    this.phone = FreeText.limited("phone", "Phone", FreeText.tidy(details.phone()), 40);
    this.email = FreeText.limited("email", "Email", FreeText.tidy(details.email()), 254);
    this.address =
        FreeText.limited("address", "Address", FreeText.tidyBlock(details.address()), 500);
    this.preferredLanguage = checkedLanguage(details.preferredLanguage());
    this.riskFactors =
        details.riskFactors() == null ? RiskFactors.notRecorded() : details.riskFactors();
    refreshSearchName();
  }

  private static String requiredName(String field, String label, String value) {
    String name = FreeText.tidy(value);
    if (name == null) {
      throw new ClinicalRuleViolation(field, label + " is required.");
    }
    return FreeText.limited(field, label, name, NAME_LENGTH);
  }

  private static LocalDate checkedDateOfBirth(LocalDate date) {
    if (date == null) {
      throw new ClinicalRuleViolation("dateOfBirth", "Date of birth is required.");
    }
    if (!date.isBefore(ClinicClock.today())) {
      throw new ClinicalRuleViolation("dateOfBirth", "Date of birth must be in the past.");
    }
    if (date.isBefore(EARLIEST_DATE_OF_BIRTH)) {
      throw new ClinicalRuleViolation("dateOfBirth", "Date of birth must not be before 1900.");
    }
    return date;
  }

  private static String checkedLanguage(String code) {
    String language = FreeText.tidy(code);
    if (language == null) {
      return DEFAULT_LANGUAGE;
    }
    language = language.toLowerCase(Locale.ROOT);
    if (!LANGUAGE.matcher(language).matches()) {
      throw new ClinicalRuleViolation(
          "preferredLanguage",
          "Preferred language must be a two-letter ISO 639-1 code such as en.");
    }
    return language;
  }

  public Long getId() {
    return id;
  }

  public String getMrn() {
    return mrn;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  /** "FAMILY, Given", the way the clinic writes names on lists and letters. */
  public String getDisplayName() {
    return displayName(familyName, givenName);
  }

  /** "FAMILY, Given", for lists that read the names without loading the patient. */
  public static String displayName(String familyName, String givenName) {
    return familyName.toUpperCase(Locale.ROOT) + ", " + givenName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public Sex getSex() {
    return sex;
  }

  public String getPhone() {
    return phone;
  }

  public String getEmail() {
    return email;
  }

  public String getAddress() {
    return address;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  /** Never {@code null}: JPA reads an embedded value with every column empty as no value. */
  public RiskFactors getRiskFactors() {
    return riskFactors == null ? RiskFactors.notRecorded() : riskFactors;
  }

  /** Every prior surgery by date, including those entered in error. */
  public List<PriorSpineSurgery> getSurgeries() {
    return surgeries.stream().sorted(BY_DATE).toList();
  }

  /** Prior surgeries by date, without those entered in error. */
  public List<PriorSpineSurgery> getActiveSurgeries() {
    return surgeries.stream().filter(s -> !s.isEnteredInError()).sorted(BY_DATE).toList();
  }
}
