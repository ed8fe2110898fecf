package org.spinecase.interfaces.outcome.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.OutcomeService;
import org.spinecase.interfaces.outcome.rest.dto.InstrumentFormDto;

/** The questionnaires the clinic records, as an entry form needs them. */
@Path("/instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures", description = "Validated instruments: responses, scores, safety alerts, schedules")
public class InstrumentResource {

  @Inject private OutcomeService outcomes;

  @GET
  @Operation(
      summary = "The instruments with their items and answer options in a language (default en)",
      description =
          "Licensed instruments (ODI, PCS, STarT Back, EQ-5D-5L, COMI-back) carry neutral labels"
              + " until the clinic supplies its licensed text; recallPeriods lists the periods to choose"
              + " from where a response needs one (NRS).")
  public List<InstrumentFormDto> instruments(@QueryParam("language") String language) {
    return OutcomeFields.named(() -> outcomes.instruments(language)).stream()
        .map(OutcomeAssembler::toDto)
        .toList();
  }
}
