package org.spinecase.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spinecase.domain.model.security.Clinician;
import org.spinecase.infrastructure.persistence.ClinicianRepository;

/**
 * Turns the user names a triage or team change names into clinicians from the directory, naming the
 * form field of anyone unknown: a care team is chosen from people who have signed in.
 */
@Dependent
class Clinicians {

  /** The lead and the others named for a new case's team. */
  record Team(Clinician lead, List<Clinician> members) {}

  @Inject private ClinicianRepository directory;

  Team team(String leadUsername, List<String> teamUsernames) {
    if (leadUsername == null || leadUsername.isBlank()) {
      throw new InvalidInputException("leadUsername", "Choose the lead clinician.");
    }
    Set<String> wanted = new LinkedHashSet<>();
    wanted.add(leadUsername.strip());
    if (teamUsernames != null) {
      teamUsernames.stream()
          .filter(name -> name != null && !name.isBlank())
          .map(String::strip)
          .forEach(wanted::add);
    }
    Map<String, Clinician> found =
        directory.findAll(wanted).stream()
            .collect(Collectors.toMap(Clinician::getUsername, Function.identity()));
    Clinician lead = found.get(leadUsername.strip());
    if (lead == null) {
      throw unknown("leadUsername", leadUsername);
    }
    List<Clinician> members = new ArrayList<>();
    for (String username : wanted) {
      Clinician member = found.get(username);
      if (member == null) {
        throw unknown("teamUsernames", username);
      }
      members.add(member);
    }
    return new Team(lead, members);
  }

  Clinician find(String username, String field) {
    if (username == null || username.isBlank()) {
      throw new InvalidInputException(field, "Choose a clinician.");
    }
    return directory.find(username.strip()).orElseThrow(() -> unknown(field, username));
  }

  /** The name to sign with: the directory's display name, else the user name. */
  String nameOf(String username) {
    if (username == null) {
      return "";
    }
    return directory.find(username).map(Clinician::getDisplayName).orElse(username);
  }

  private static InvalidInputException unknown(String field, String username) {
    return new InvalidInputException(
        field, username.strip() + " has not signed in to SpineCase yet and cannot be chosen.");
  }
}
