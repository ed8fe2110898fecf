package org.spinecase.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.spinecase.application.validation.NotBeforeYear;
import org.spinecase.domain.model.patient.DiabetesStatus;
import org.spinecase.domain.model.patient.MedicalRecordNumber;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.domain.model.patient.PatientDetails;
import org.spinecase.domain.model.patient.RiskFactors;
import org.spinecase.domain.model.patient.Sex;
import org.spinecase.domain.model.patient.SmokingStatus;

/**
 * A patient as entered on the registration or edit form, with the messages a clinician sees next to
 * each field. The patient record checks the same rules again when it is changed.
 *
 * <p>An empty MRN means "issue one". Surgeries are read only by registration; later ones are added
 * one at a time.
 */
public class PatientForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Pattern(
      regexp = MedicalRecordNumber.PATTERN,
      flags = Pattern.Flag.CASE_INSENSITIVE,
      message = "MRN must be 3 to 20 letters, digits or hyphens, starting with a letter or digit.")
  private String mrn;

  @NotBlank(message = "Family name is required.")
  @Size(max = Patient.NAME_LENGTH, message = "Family name must be at most 100 characters.")
  private String familyName;

  @NotBlank(message = "Given name is required.")
  @Size(max = Patient.NAME_LENGTH, message = "Given name must be at most 100 characters.")
  private String givenName;

  @NotNull(message = "Date of birth is required.")
  @Past(message = "Date of birth must be in the past.")
  @NotBeforeYear(value = 1900, message = "Date of birth must not be before 1900.")
  private LocalDate dateOfBirth;

  @NotNull(message = "Sex is required.")
  private Sex sex;

  @Size(max = 40, message = "Phone must be at most 40 characters.")
  @Pattern(
      regexp = "^[+0-9 ()./-]*$",
      message = "Phone may contain digits, spaces and + ( ) - . / only.")
  private String phone;

  @Email(message = "Email address is not valid.")
  @Size(max = 254, message = "Email must be at most 254 characters.")
  private String email;

  @Size(max = 500, message = "Address must be at most 500 characters.")
  private String address;

  @Pattern(
      regexp = "^[a-z]{2}$",
      message = "Preferred language must be a two-letter ISO 639-1 code such as en.")
  private String preferredLanguage = Patient.DEFAULT_LANGUAGE;

  private SmokingStatus smokingStatus;

  private DiabetesStatus diabetes;

  @DecimalMin(value = "10.0", message = "BMI must be between 10.0 and 80.0.")
  @DecimalMax(value = "80.0", message = "BMI must be between 10.0 and 80.0.")
  @Digits(integer = 2, fraction = 1, message = "BMI takes one decimal place at most.")
  private BigDecimal bmi;

  private Boolean osteoporosis;

  private Boolean autoimmuneDisease;

  private Boolean vascularDisease;

  @Valid private List<SurgeryForm> surgeries = new ArrayList<>();

  private boolean duplicateConfirmed;

  /** A form holding the patient's current details, for editing. */
  public static PatientForm from(Patient patient) {
    PatientForm form = new PatientForm();
    form.mrn = patient.getMrn();
    form.familyName = patient.getFamilyName();
    form.givenName = patient.getGivenName();
    form.dateOfBirth = patient.getDateOfBirth();
    form.sex = patient.getSex();
    form.phone = patient.getPhone();
    form.email = patient.getEmail();
    form.address = patient.getAddress();
    form.preferredLanguage = patient.getPreferredLanguage();
    RiskFactors risks = patient.getRiskFactors();
    form.smokingStatus = risks.getSmokingStatus();
    form.diabetes = risks.getDiabetes();
    form.bmi = risks.getBmi();
    form.osteoporosis = risks.getOsteoporosis();
    form.autoimmuneDisease = risks.getAutoimmuneDisease();
    form.vascularDisease = risks.getVascularDisease();
    return form;
  }

  public PatientDetails toDetails() {
    return new PatientDetails(
        familyName,
        givenName,
        dateOfBirth,
        sex,
        phone,
        email,
        address,
        preferredLanguage,
        new RiskFactors(
            smokingStatus, diabetes, bmi, osteoporosis, autoimmuneDisease, vascularDisease));
  }

  public String getMrn() {
    return mrn;
  }

  /** Blank counts as not given, so that an empty form field means "issue an MRN". */
  public void setMrn(String mrn) {
    this.mrn = mrn == null || mrn.isBlank() ? null : mrn.strip();
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPreferredLanguage() {
    return preferredLanguage;
  }

  /** Blank counts as not given; the patient record then defaults to English. */
  public void setPreferredLanguage(String preferredLanguage) {
    this.preferredLanguage =
        preferredLanguage == null || preferredLanguage.isBlank() ? null : preferredLanguage.strip();
  }

  public SmokingStatus getSmokingStatus() {
    return smokingStatus;
  }

  public void setSmokingStatus(SmokingStatus smokingStatus) {
    this.smokingStatus = smokingStatus;
  }

  public DiabetesStatus getDiabetes() {
    return diabetes;
  }

  public void setDiabetes(DiabetesStatus diabetes) {
    this.diabetes = diabetes;
  }

  public BigDecimal getBmi() {
    return bmi;
  }

  public void setBmi(BigDecimal bmi) {
    this.bmi = bmi;
  }

  public Boolean getOsteoporosis() {
    return osteoporosis;
  }

  public void setOsteoporosis(Boolean osteoporosis) {
    this.osteoporosis = osteoporosis;
  }

  public Boolean getAutoimmuneDisease() {
    return autoimmuneDisease;
  }

  public void setAutoimmuneDisease(Boolean autoimmuneDisease) {
    this.autoimmuneDisease = autoimmuneDisease;
  }

  public Boolean getVascularDisease() {
    return vascularDisease;
  }

  public void setVascularDisease(Boolean vascularDisease) {
    this.vascularDisease = vascularDisease;
  }

  public List<SurgeryForm> getSurgeries() {
    return surgeries;
  }

  public void setSurgeries(List<SurgeryForm> surgeries) {
    this.surgeries = surgeries == null ? new ArrayList<>() : surgeries;
  }

  public boolean isDuplicateConfirmed() {
    return duplicateConfirmed;
  }

  public void setDuplicateConfirmed(boolean duplicateConfirmed) {
    this.duplicateConfirmed = duplicateConfirmed;
  }
}
