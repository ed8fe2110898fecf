package org.spinecase.interfaces.outcome.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.OutcomeService;
import org.spinecase.domain.model.outcome.SafetyAlert;
import org.spinecase.interfaces.outcome.rest.dto.AcknowledgementDto;
import org.spinecase.interfaces.shared.rest.VersionHeader;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.spinecase.interfaces.outcome.rest.dto.SafetyAlertDto;

/** Acknowledging a safety alert: a clinician of the care team says what was done about it. */
@Path("/safety-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures", description = "Validated instruments: responses, scores, safety alerts, schedules")
public class SafetyAlertResource {

  @Inject private OutcomeService outcomes;

  @POST
  @Path("{id}/acknowledgement")
  @Operation(
      summary = "Acknowledge a safety alert with a note (required): {\"note\": \"...\", \"version\": 0}",
      description = "Send the version read (in the body or as If-Match); a note is required (400 otherwise).")
  @APIResponse(responseCode = "200", description = "The alert, acknowledged",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SafetyAlertDto.class)))
  public Response acknowledge(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AcknowledgementDto body) {
    long version = VersionHeader.versionOf(body == null ? null : body.version(), ifMatch);
    String note = body == null ? null : body.note();
    SafetyAlert alert = OutcomeFields.named(() -> outcomes.acknowledge(id, version, note));
    return Response.ok(OutcomeAssembler.toDto(alert))
        .tag(new EntityTag(String.valueOf(alert.getVersion())))
        .build();
  }
}
