package org.spinecase.domain.model.workup;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * The diagnosis the workup ends with. The condition has several names (failed back surgery
 * syndrome, failed back syndrome, post-laminectomy syndrome; Persistent Spinal Pain Syndrome type 2
 * in the newer terms of Christelis et al., Pain Med 2021), so it is held as codes: ICD-10 with an
 * optional supplementary code, and where the clinic codes in ICD-11 a cluster with stem and
 * extensions. The pain mechanisms and the Guyer 2006 categories classify it for the MDT.
 */
public record Diagnosis(
    Icd10Code icd10,
    Set<Icd10Code> supplementary,
    Icd11Cluster icd11,
    Set<PainMechanism> mechanisms,
    Set<GuyerCategory> guyerCategories) {

  public Diagnosis {
    if (icd10 == null) {
      throw new ClinicalRuleViolation("icd10", "The ICD-10 code is required.");
    }
    if (!icd10.mayBePrimary()) {
      throw new ClinicalRuleViolation(
          "icd10", icd10.code() + " only supplements a diagnosis; choose M96.1 or another.");
    }
    supplementary = copy(Icd10Code.class, supplementary);
    if (supplementary.contains(icd10)) {
      throw new ClinicalRuleViolation("supplementary", icd10.code() + " is already the code.");
    }
    mechanisms = copy(PainMechanism.class, mechanisms);
    if (mechanisms.isEmpty()) {
      throw new ClinicalRuleViolation("mechanisms", "Name at least one pain mechanism.");
    }
    guyerCategories = copy(GuyerCategory.class, guyerCategories);
  }

  /** M96.1 with the given mechanisms, the common case. */
  public static Diagnosis postLaminectomySyndrome(PainMechanism... mechanisms) {
    return new Diagnosis(Icd10Code.M96_1, Set.of(), null, Set.of(mechanisms), Set.of());
  }

  public Diagnosis withIcd11(Icd11Cluster cluster) {
    return new Diagnosis(icd10, supplementary, cluster, mechanisms, guyerCategories);
  }

  public Diagnosis withSupplementary(Icd10Code... codes) {
    return new Diagnosis(icd10, Set.of(codes), icd11, mechanisms, guyerCategories);
  }

  public Diagnosis withGuyer(GuyerCategory... categories) {
    return new Diagnosis(icd10, supplementary, icd11, mechanisms, Set.of(categories));
  }

  /** More than one mechanism: mixed pain. */
  public boolean isMixed() {
    return mechanisms.size() > 1;
  }

  private static <E extends Enum<E>> Set<E> copy(Class<E> type, Set<E> values) {
    return values == null || values.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(values));
  }
}
