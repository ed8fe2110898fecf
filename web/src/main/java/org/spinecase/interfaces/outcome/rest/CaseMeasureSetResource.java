package org.spinecase.interfaces.outcome.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.OutcomeService;
import org.spinecase.interfaces.outcome.rest.dto.MeasureSetDto;
import org.spinecase.domain.model.shared.ClinicClock;

/** The measure sets due on a case (baseline, 3/6/12 months): instrument names and dates, no scores. */
@Path("/cases/{caseId}/measure-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures", description = "Validated instruments: responses, scores, safety alerts, schedules")
public class CaseMeasureSetResource {

  @Inject private OutcomeService outcomes;

  @GET
  @Operation(
      summary = "The case's measure sets: time point, due and overdue dates, instruments outstanding",
      description = "Also for coordinators, who plan the visits but see no scores.")
  public List<MeasureSetDto> measureSets(@PathParam("caseId") long caseId) {
    LocalDate today = ClinicClock.today();
    return outcomes.measureSetsOfCase(caseId).stream().map(s -> OutcomeAssembler.toDto(s, today)).toList();
  }
}
