package org.spinecase.domain.model.workup;

/**
 * The imaging and tests of the workup, each with the structured findings it is resulted with. CT
 * myelogram stands in for MRI when MRI is contraindicated or spoilt by metal artefact.
 */
public enum StudyType {
  MRI_WITHOUT_GADOLINIUM("MRI without gadolinium", StudyFindings.Compression.class),
  MRI_WITH_AND_WITHOUT_GADOLINIUM(
      "MRI with and without gadolinium", StudyFindings.Enhancement.class),
  CT("CT", StudyFindings.FusionCt.class),
  CT_MYELOGRAM("CT myelogram", StudyFindings.Compression.class),
  FLEXION_EXTENSION_XRAYS("Flexion-extension X-rays", StudyFindings.Dynamic.class),
  STANDING_LONG_FILMS("Standing long films", StudyFindings.Sagittal.class),
  EMG_NCS("EMG/NCS", StudyFindings.Electrodiagnostic.class),
  ESR_CRP("ESR and CRP", StudyFindings.InflammatoryMarkers.class);

  private final String label;
  private final Class<? extends StudyFindings> findingsType;

  StudyType(String label, Class<? extends StudyFindings> findingsType) {
    this.label = label;
    this.findingsType = findingsType;
  }

  public String label() {
    return label;
  }

  /** The findings a study of this type is resulted with. */
  public Class<? extends StudyFindings> findingsType() {
    return findingsType;
  }

  /** Imaging rather than a test of nerve or blood, for the evidence basis of a cause. */
  public EvidenceBasis evidenceBasis() {
    return switch (this) {
      case EMG_NCS -> EvidenceBasis.ELECTRODIAGNOSTIC;
      case ESR_CRP -> EvidenceBasis.CLINICAL;
      default -> EvidenceBasis.IMAGING;
    };
  }
}
