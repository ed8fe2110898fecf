package org.spinecase.interfaces.patient.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.PatientService;
import org.spinecase.domain.model.patient.Patient;
import org.spinecase.interfaces.patient.rest.dto.ChangeSetDto;
import org.spinecase.interfaces.patient.rest.dto.PatientDto;
import org.spinecase.interfaces.patient.rest.dto.PatientPageDto;
import org.spinecase.interfaces.shared.rest.VersionHeader;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The patient registry over HTTP. Validation, roles, duplicate and version checks are the
 * service's; this class translates, and the exception mappers answer refusals in the API's one
 * error shape. The version travels as the ETag, and an update may send it as If-Match instead
 * of in the body.
 */
@Path("/patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Patients", description = "Patient registry: demographics, risk factors, prior spine surgeries")
public class PatientResource {

  @Inject private PatientService service;

  @Context private UriInfo uriInfo;

  @POST
  @Operation(summary = "Register a patient, with prior spine surgeries")
  @APIResponse(responseCode = "201", description = "Registered; Location names the patient, the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientDto.class)))
  public Response register(PatientDto body) {
    Patient patient = service.register(PatientAssembler.toForm(required(body)));
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(patient.getId())).build();
    return Response.created(location).tag(etagOf(patient)).entity(PatientAssembler.toDto(patient)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a patient with all prior spine surgeries")
  @APIResponse(responseCode = "200", description = "The patient with every prior spine surgery; the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientDto.class)))
  public Response get(@PathParam("id") long id) {
    Patient patient = service.get(id);
    return Response.ok(PatientAssembler.toDto(patient)).tag(etagOf(patient)).build();
  }

  @GET
  @Operation(summary = "Search patients by name or MRN (q) and date of birth (dob, yyyy-MM-dd), one page at a time")
  public PatientPageDto search(
      @QueryParam("q") String q,
      @QueryParam("dob") String dob,
      @QueryParam("first") String first,
      @QueryParam("max") String max,
      @QueryParam("sort") String sort,
      @QueryParam("asc") String asc) {
    SearchParameters query = SearchParameters.parse(q, dob, first, max, sort, asc);
    return PatientAssembler.toDto(
        service.search(query.criteria(), query.first(), query.max(), query.sort(), query.ascending()));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update a patient; send the version read, in the body or as If-Match")
  @APIResponse(responseCode = "200", description = "The patient as saved; the new version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PatientDto.class)))
  public Response update(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PatientDto body) {
    PatientDto dto = required(body);
    long version = VersionHeader.versionOf(dto.version(), ifMatch);
    Patient patient = service.update(id, version, PatientAssembler.toForm(dto));
    return Response.ok(PatientAssembler.toDto(patient)).tag(etagOf(patient)).build();
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Who changed what and when, newest first")
  public List<ChangeSetDto> history(@PathParam("id") long id) {
    return service.history(id).stream().map(PatientAssembler::toDto).toList();
  }

  private static PatientDto required(PatientDto body) {
    if (body == null) {
      throw new InvalidInputException(null, "A JSON body describing the patient is required.");
    }
    return body;
  }

  private static EntityTag etagOf(Patient patient) {
    return new EntityTag(String.valueOf(patient.getVersion()));
  }
}
