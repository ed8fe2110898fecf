package org.spinecase.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.spinecase.application.ClinicianDirectory;

/**
 * Signs every demo user in as the web layer does once per session, so that the clinician
 * directory (lead and care-team choices) knows them with their realm names.
 */
@Stateless
@PermitAll
public class SignIn {

  @EJB ClinicianDirectory directory;
  @EJB AsSurgeon surgeon;
  @EJB AsPainSpecialist painSpecialist;
  @EJB AsPhysiotherapist physio;
  @EJB AsPsychologist psychologist;
  @EJB AsCoordinator coordinator;
  @EJB AsAdmin admin;
  @EJB AsDrMulti drMulti;

  public void everyone() throws Exception {
    surgeon.call(() -> signIn("Elena Varga"));
    painSpecialist.call(() -> signIn("Tomás Lindqvist"));
    physio.call(() -> signIn("Priya Natarajan"));
    psychologist.call(() -> signIn("Miriam Osei"));
    coordinator.call(() -> signIn("Daniel Brennan"));
    admin.call(() -> signIn("Samira Whitfield"));
    drMulti.call(() -> signIn("Jonas Becker-Holt"));
  }

  private Void signIn(String displayName) {
    directory.recordLogin(displayName);
    return null;
  }
}
