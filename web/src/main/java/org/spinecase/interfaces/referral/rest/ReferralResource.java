package org.spinecase.interfaces.referral.rest;

import org.spinecase.interfaces.shared.http.ContentDisposition;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.AttachmentDownload;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.application.ReferralService;
import org.spinecase.domain.model.referral.Attachment;
import org.spinecase.domain.model.referral.Referral;
import org.spinecase.interfaces.shared.rest.VersionHeader;
import org.spinecase.interfaces.referral.rest.dto.ReferralDto;
import org.spinecase.interfaces.referral.rest.dto.ReferralInputDto;
import org.spinecase.interfaces.referral.rest.dto.TriageDto;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Referrals over HTTP, for the systems that send them: intake with attachments, the status, the
 * documents, and triage. Who may do what and see which referral is the service's decision; a
 * referral the caller may not see is 404 like one that does not exist.
 */
@Path("/referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referral intake with attachments, status and triage")
public class ReferralResource {

  @Inject private ReferralService referrals;

  @Context private UriInfo uriInfo;
  @Context private SecurityContext security;

  @POST
  @Operation(
      summary = "Receive a referral for a registered patient (patientId) or a new one (patient)",
      description =
          "Attachments as base64 (PDF, JPEG or PNG, recognised from the content; at most 10 MiB"
              + " each by default). A file of another type, invalid base64 or a file over the limit"
              + " is 400 naming the field, e.g. attachments[0].contentBase64.")
  @APIResponse(responseCode = "201", description = "Received; Location names the referral, the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralDto.class)))
  public Response receive(ReferralInputDto body) {
    if (body == null) {
      throw new InvalidInputException(null, "A JSON body describing the referral is required.");
    }
    var form = ReferralAssembler.toForm(body, Attachment.maxBytes());
    Referral referral = ReferralFields.named(() -> referrals.receive(form));
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(referral.getId())).build();
    return Response.created(location).tag(etagOf(referral)).entity(ReferralAssembler.toDto(referral)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a referral: status, triage outcome, the case it opened, its attachments")
  @APIResponse(responseCode = "200", description = "The referral with its documents; the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralDto.class)))
  public Response get(@PathParam("id") long id) {
    Referral referral = referrals.get(id);
    return Response.ok(ReferralAssembler.toDto(referral)).tag(etagOf(referral)).build();
  }

  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an attachment: the file's bytes with their media type")
  public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
    Referral referral = referrals.get(id);
    if (referral.getAttachments().stream().noneMatch(a -> a.getId() == attachmentId)) {
      throw new RecordNotFoundException("Attachment", attachmentId);
    }
    AttachmentDownload download = referrals.download(attachmentId);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(download.content(), download.type().mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(download.fileName(), download.type().name()))
        .cacheControl(noStore)
        .build();
  }

  @POST
  @Path("{id}/triage")
  @Operation(
      summary = "Triage a referral: ACCEPT (opens a case), DECLINE, REQUEST_INFORMATION or INFORMATION_RECEIVED",
      description =
          "Send the version read (in the body or as If-Match). A decision the referral's status"
              + " does not allow is 409 with the reason; a role that may never triage is 403.")
  @APIResponse(responseCode = "200", description = "The referral after the decision; the new version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralDto.class)))
  public Response triage(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TriageDto body) {
    if (body == null || body.decision() == null) {
      throw new InvalidInputException(
          "decision", "Choose a decision: ACCEPT, DECLINE, REQUEST_INFORMATION or INFORMATION_RECEIVED.");
    }
    long version = VersionHeader.versionOf(body.version(), ifMatch);
    Referral referral =
        ReferralFields.named(
            () ->
                switch (body.decision()) {
                  case ACCEPT ->
                      referrals.accept(id, version, leadOf(body), teamOf(body), body.reason()).getReferral();
                  case DECLINE -> referrals.decline(id, version, body.reason());
                  case REQUEST_INFORMATION ->
                      referrals.requestInformation(id, version, body.informationRequested(), body.dueOn());
                  case INFORMATION_RECEIVED -> referrals.informationReceived(id, version, body.reason());
                });
    return Response.ok(ReferralAssembler.toDto(referral)).tag(etagOf(referral)).build();
  }

  /** Who triages usually leads the case, so that is the default. */
  private String leadOf(TriageDto body) {
    if (body.leadUsername() != null && !body.leadUsername().isBlank()) {
      return body.leadUsername().strip();
    }
    return security.getUserPrincipal().getName();
  }

  private static List<String> teamOf(TriageDto body) {
    return body.team() == null ? List.of() : body.team().stream().filter(u -> u != null && !u.isBlank()).toList();
  }

  private static EntityTag etagOf(Referral referral) {
    return new EntityTag(String.valueOf(referral.getVersion()));
  }
}
