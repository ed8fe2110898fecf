package org.spinecase.interfaces.outcome.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.OutcomeService;
import org.spinecase.interfaces.outcome.rest.dto.SafetyAlertDto;

/** The safety alerts raised on a case by PHQ-9 item 9. */
@Path("/cases/{caseId}/safety-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures", description = "Validated instruments: responses, scores, safety alerts, schedules")
public class CaseSafetyAlertResource {

  @Inject private OutcomeService outcomes;

  @GET
  @Operation(summary = "The case's safety alerts, open ones first")
  public List<SafetyAlertDto> alerts(@PathParam("caseId") long caseId) {
    return outcomes.alertsOfCase(caseId).stream().map(OutcomeAssembler::toDto).toList();
  }
}
