package org.spinecase.interfaces.outcome.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.OutcomeService;
import org.spinecase.interfaces.outcome.rest.dto.OutcomeHistoryDto;

/** A patient's scores over time, for a chart and a table. */
@Path("/patients/{patientId}/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures", description = "Validated instruments: responses, scores, safety alerts, schedules")
public class PatientOutcomeResource {

  @Inject private OutcomeService outcomes;

  @GET
  @Operation(
      summary = "The patient's complete responses with their scores, oldest first, and the treatment events",
      description =
          "Only responses of the cases the caller may see; responses in progress or entered in error"
              + " are left out.")
  public OutcomeHistoryDto history(@PathParam("patientId") long patientId) {
    return OutcomeAssembler.toDto(patientId, outcomes.history(patientId));
  }
}
