package org.spinecase.interfaces.casefile.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.spinecase.application.CaseService;
import org.spinecase.application.InvalidInputException;
import org.spinecase.domain.model.casefile.CaseFile;
import org.spinecase.interfaces.casefile.rest.dto.CaseCommandDto;
import org.spinecase.interfaces.shared.rest.VersionHeader;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.spinecase.interfaces.casefile.rest.dto.CaseDto;

/**
 * Cases over HTTP: the status, care team and timeline, and the lifecycle's commands. The one state
 * machine in the domain decides what is allowed; a case the caller may not see is 404.
 */
@Path("/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "The episode of care opened by an accepted referral: status, care team, timeline")
public class CaseResource {

  @Inject private CaseService cases;

  @GET
  @Path("{id}")
  @Operation(summary = "Read a case: status, lead clinician, active care team, timeline newest first")
  @APIResponse(responseCode = "200", description = "The case with its care team and timeline; the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDto.class)))
  public Response get(@PathParam("id") long id) {
    CaseFile caseFile = cases.get(id);
    return Response.ok(CaseAssembler.toDto(caseFile)).tag(etagOf(caseFile)).build();
  }

  @POST
  @Path("{id}/commands")
  @Operation(
      summary = "Move the case on: e.g. MARK_READY_FOR_MDT, RECORD_MDT_DECISION, CLOSE (with a reason)",
      description =
          "Send the version read (in the body or as If-Match). A command the case's status does not"
              + " allow is 409 with the reason; a role that may never give it is 403.")
  @APIResponse(responseCode = "200", description = "The case after the step; the new version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDto.class)))
  public Response command(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CaseCommandDto body) {
    if (body == null || body.command() == null) {
      throw new InvalidInputException("command", "Name the command, e.g. MARK_READY_FOR_MDT.");
    }
    long version = VersionHeader.versionOf(body.version(), ifMatch);
    CaseFile caseFile = cases.apply(id, version, body.command(), body.reason());
    return Response.ok(CaseAssembler.toDto(caseFile)).tag(etagOf(caseFile)).build();
  }

  private static EntityTag etagOf(CaseFile caseFile) {
    return new EntityTag(String.valueOf(caseFile.getVersion()));
  }
}
