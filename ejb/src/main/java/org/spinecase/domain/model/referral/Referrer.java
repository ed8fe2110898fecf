package org.spinecase.domain.model.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;
import org.spinecase.domain.model.shared.FreeText;

/**
 * Who sent the referral and how to reach them: the triage answer and any decline letter go back to
 * this person. Not a directory entry, because referrers come from anywhere and are written as the
 * letter names them.
 */
@Embeddable
public class Referrer {

  public static final int LENGTH = 200;

  @Column(name = "referrer_name", nullable = false, length = LENGTH)
  private String name;

  @Column(name = "referrer_organisation", length = LENGTH)
  private String organisation;

  @Column(name = "referrer_contact", length = LENGTH)
  private String contact;

  protected Referrer() {}

  /** A referrer as typed; the name is required, organisation and contact are not. */
  public Referrer(String name, String organisation, String contact) {
    this.name = FreeText.limited("referrerName", "Referrer", FreeText.tidy(name), LENGTH);
    if (this.name == null) {
      throw new ClinicalRuleViolation("referrerName", "The referring clinician is required.");
    }
    this.organisation =
        FreeText.limited(
            "referrerOrganisation", "Organisation", FreeText.tidy(organisation), LENGTH);
    this.contact =
        FreeText.limited("referrerContact", "Contact", FreeText.tidyBlock(contact), LENGTH);
  }

  public String getName() {
    return name;
  }

  public String getOrganisation() {
    return organisation;
  }

  public String getContact() {
    return contact;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Referrer that
        && Objects.equals(name, that.name)
        && Objects.equals(organisation, that.organisation)
        && Objects.equals(contact, that.contact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, organisation, contact);
  }
}
