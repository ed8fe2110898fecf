package org.spinecase.interfaces.outcome.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.OutcomeService;
import org.spinecase.domain.model.outcome.InstrumentResponse;
import org.spinecase.interfaces.outcome.rest.dto.AnswersUpdateDto;
import org.spinecase.interfaces.outcome.rest.dto.EnteredInErrorDto;
import org.spinecase.interfaces.outcome.rest.dto.VersionDto;
import org.spinecase.interfaces.shared.rest.VersionHeader;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.spinecase.interfaces.outcome.rest.dto.OutcomeDto;

/**
 * One instrument response: read it with its answers and score, save answers as you go, finish it,
 * or mark it entered in error (never deleted). Each step sends the version read, in the body or as
 * If-Match; an old version is 409.
 */
@Path("/outcomes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures", description = "Validated instruments: responses, scores, safety alerts, schedules")
public class OutcomeResource {

  @Inject private OutcomeService outcomes;

  @GET
  @Path("{id}")
  @Operation(
      summary = "Read a response: item answers, instrument version, language, recall period, who entered"
          + " it and when, and the score with its band, subscales, flags and LOINC codes")
  @APIResponse(responseCode = "200", description = "The response with its answers and scores; the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDto.class)))
  public Response get(@PathParam("id") long id) {
    return ok(outcomes.get(id));
  }

  @PUT
  @Path("{id}/answers")
  @Operation(
      summary = "Save answers of a response in progress: {\"version\": 2, \"answers\": {\"3\": [1], \"4\": []}}",
      description =
          "The items given replace their answers, an empty list clears one, the others are kept; the"
              + " score is computed again. Send the version read (in the body or as If-Match).")
  @APIResponse(responseCode = "200", description = "The response as saved, scored as far as answered",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDto.class)))
  public Response answer(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AnswersUpdateDto body) {
    // read by the service once the caller may change the response (403/404 before any 400)
    return ok(OutcomeFields.named(() -> outcomes.answerAsEntered(id,
        () -> VersionHeader.versionOf(body == null ? null : body.version(), ifMatch),
        () -> answers(body))));
  }

  private static Map<Integer, Set<Integer>> answers(AnswersUpdateDto body) {
    if (body == null || body.answers() == null) {
      throw new InvalidInputException(AnswersJson.FIELD, "Send the answers to save, e.g. {\"1\": [3]}.");
    }
    return AnswersJson.read(body.answers());
  }

  @POST
  @Path("{id}/finish")
  @Operation(
      summary = "Finish a response in progress",
      description =
          "Refused (400, field answers) with the reason when the answers give no score, e.g. an ODI"
              + " with fewer sections answered than the clinic's minimum.")
  @APIResponse(responseCode = "200", description = "The complete response with its scores",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDto.class)))
  public Response finish(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, VersionDto body) {
    long version = VersionHeader.versionOf(body == null ? null : body.version(), ifMatch);
    return ok(OutcomeFields.named(() -> outcomes.finish(id, version)));
  }

  @POST
  @Path("{id}/entered-in-error")
  @Operation(
      summary = "Mark a response entered in error, with the reason (required)",
      description = "The response keeps its answers and leaves the history and charts; it is never deleted.")
  @APIResponse(responseCode = "200", description = "The response, marked entered in error",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeDto.class)))
  public Response enteredInError(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, EnteredInErrorDto body) {
    long version = VersionHeader.versionOf(body == null ? null : body.version(), ifMatch);
    String reason = body == null ? null : body.reason();
    return ok(OutcomeFields.named(() -> outcomes.markEnteredInError(id, version, reason)));
  }

  private static Response ok(InstrumentResponse response) {
    return Response.ok(OutcomeAssembler.toDto(response)).tag(etagOf(response)).build();
  }

  static EntityTag etagOf(InstrumentResponse response) {
    return new EntityTag(String.valueOf(response.getVersion()));
  }
}
