package org.spinecase.interfaces.outcome.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.FieldViolation;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.OutcomeService;
import org.spinecase.application.ResponseStart;
import org.spinecase.domain.model.outcome.EntryMode;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.domain.model.outcome.RecallPeriod;
import org.spinecase.domain.model.outcome.TimePoint;
import org.spinecase.interfaces.outcome.rest.dto.OutcomeDto;
import org.spinecase.interfaces.outcome.rest.dto.OutcomeSubmissionDto;
import org.spinecase.interfaces.shared.rest.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The instrument responses of one case: the list, and a new response submitted in one call, partial
 * (saved as in progress) or finished. Who may record and see them is the service's decision (the
 * case's care team, four clinical roles); a case the caller may not see is 404.
 */
@Path("/cases/{caseId}/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures", description = "Validated instruments: responses, scores, safety alerts, schedules")
public class CaseOutcomeResource {

  @Inject private OutcomeService outcomes;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary = "The case's responses, newest first, with their scores (item answers left out)",
      description = "Coordinators and admins may not see scores: 403.")
  public List<OutcomeDto> list(@PathParam("caseId") long caseId) {
    return outcomes.responsesOfCase(caseId).stream().map(OutcomeAssembler::toSummary).toList();
  }

  @POST
  @Operation(
      summary = "Submit a response: instrument, timePoint, administeredOn, recallPeriod, language, mode,"
          + " answers {\"1\": [3], \"2\": [4, 5]}, finish",
      description =
          "Answers are item number to the value(s) ticked. The score is computed from them on every"
              + " save. finish=true finishes it in the same call, which is refused (400, field answers)"
              + " when the answers give no score. An unknown instrument, a pain rating without"
              + " recallPeriod, a date in the future or an answer out of range is 400 naming the field."
              + " 201 with Location and ETag.")
  @APIResponse(responseCode = "201", description = "Recorded; Location names the response, the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDto.class)))
  public Response submit(@PathParam("caseId") long caseId, OutcomeSubmissionDto body) {
    // read by the service once the caller may record on the case (403/404 before any 400)
    InstrumentResponse response = OutcomeFields.named(() -> outcomes.submitAsEntered(
        caseId, () -> start(caseId, body), () -> AnswersJson.read(body.answers()),
        body != null && Boolean.TRUE.equals(body.finish())));
    URI location = uriInfo.getBaseUriBuilder().path("outcomes").path(String.valueOf(response.getId())).build();
    return Response.created(location)
        .tag(OutcomeResource.etagOf(response))
        .entity(OutcomeAssembler.toDto(response))
        .build();
  }

  private static ResponseStart start(long caseId, OutcomeSubmissionDto body) {
    if (body == null) {
      throw new InvalidInputException(null, "A JSON body describing the response is required.");
    }
    List<FieldViolation> violations = new ArrayList<>();
    TimePoint timePoint = Codes.parse(TimePoint.class, body.timePoint(), "timePoint", violations);
    RecallPeriod recall = Codes.parse(RecallPeriod.class, body.recallPeriod(), "recallPeriod", violations);
    EntryMode mode = Codes.parse(EntryMode.class, body.mode(), "mode", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return new ResponseStart(
        caseId,
        body.instrument() == null ? null : body.instrument().strip(),
        timePoint,
        body.administeredOn(),
        recall,
        body.language(),
        mode == null ? EntryMode.CLINICIAN : mode);
  }
}
