package org.spinecase.interfaces.workup.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.spinecase.interfaces.shared.web.ReaderLocale;
import java.net.URI;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.DocumentDownload;
import org.spinecase.application.InvalidInputException;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.application.WorkupService;
import org.spinecase.application.WorkupView;
import org.spinecase.application.WorkupView.AddendumRow;
import org.spinecase.application.WorkupView.BlockRow;
import org.spinecase.application.WorkupView.SectionState;
import org.spinecase.application.WorkupView.StudyRow;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.WorkupSection;
import org.spinecase.interfaces.shared.rest.VersionHeader;
import org.spinecase.interfaces.shared.http.ContentDisposition;
import org.spinecase.interfaces.shared.web.ClinicTime;
import org.spinecase.interfaces.workup.rest.dto.AddendumDto;
import org.spinecase.interfaces.workup.rest.dto.BlockDto;
import org.spinecase.interfaces.workup.rest.dto.CausesDto;
import org.spinecase.interfaces.workup.rest.dto.ExaminationDto;
import org.spinecase.interfaces.workup.rest.dto.FunctionAndMovementDto;
import org.spinecase.interfaces.workup.rest.dto.HistoryDto;
import org.spinecase.interfaces.workup.rest.dto.PsychologicalEvaluationDto;
import org.spinecase.interfaces.workup.rest.dto.PsychosocialDto;
import org.spinecase.interfaces.workup.rest.dto.RedFlagsDto;
import org.spinecase.interfaces.workup.rest.dto.SectionDto;
import org.spinecase.interfaces.workup.rest.dto.StudyDto;
import org.spinecase.interfaces.workup.rest.dto.StudyOrderDto;
import org.spinecase.interfaces.workup.rest.dto.StudyResultDto;
import org.spinecase.interfaces.workup.rest.dto.SummaryDto;
import org.spinecase.interfaces.workup.rest.dto.WorkupDto;
import org.spinecase.interfaces.shared.rest.Codes;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The second-opinion workup of one case: read it, save a section on its own (each section has its
 * own version, so two clinicians can fill two sections at once), order and result studies, record
 * diagnostic blocks, sign, add addenda once signed, and the summary as JSON or PDF.
 *
 * <p>Who may do what is the service's decision: the case's care team reads (the coordinator the
 * studies only), surgeons and pain specialists write the clinical sections and sign, the
 * physiotherapist and psychologist write their own assessment. A role that may not is 403 with the
 * sentence, a signed workup refuses edits with 409, a case the caller may not see is 404.
 */
@Path("/cases/{caseId}/workup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workup", description = "Second-opinion workup: sections, studies, diagnostic blocks, signature, summary")
public class WorkupResource {

  private static final String SECTIONS =
      "HISTORY, RED_FLAGS, EXAMINATION, PSYCHOSOCIAL, CAUSES, FUNCTION_AND_MOVEMENT,"
          + " PSYCHOLOGICAL_EVALUATION (or in lower case with hyphens)";

  @Inject private WorkupService workups;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(
      summary = "The workup: sections with complete/missing, studies, blocks with relief, series, signature,"
          + " addenda, latest psychosocial scores, and what the caller may do",
      description = "A case without a workup yet shows an empty sheet (workupId null). A coordinator sees the"
          + " studies only, without findings; an admin is 403.")
  public WorkupDto get(@PathParam("caseId") long caseId) {
    return WorkupAssembler.toDto(workups.view(caseId), basePath(caseId));
  }

  @GET
  @Path("sections/{section}")
  @Operation(summary = "One section with its content and its own version (also the ETag)")
  @APIResponse(responseCode = "200", description = "The section with its state; the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionDto.class)))
  public Response section(@PathParam("caseId") long caseId, @PathParam("section") String section) {
    WorkupSection which = section(section);
    WorkupView view = workups.view(caseId);
    return sectionResponse(view, which);
  }

  @PUT
  @Path("sections/{section}")
  @Operation(
      summary = "Save one section: " + SECTIONS,
      description = "The body is the section's content (HistoryDto, RedFlagsDto, ExaminationDto, CausesDto,"
          + " PsychosocialDto, FunctionAndMovementDto, PsychologicalEvaluationDto), replacing what the section"
          + " held. Send the section's version as ?version= or If-Match (none, or -1, for a first save); an old"
          + " version is 409. Codes not in the lists, MRC grades outside 0-5, reflexes outside 0-4, NRS outside"
          + " 0-10 or levels not like L4-L5 are 400 naming the JSON field. The answer holds the computed values"
          + " (MME per day, SI cluster, Waddell count). A discipline that may not write the section is 403; a"
          + " signed workup is 409 (add an addendum instead). A positive red flag marks the case at once.")
  @RequestBody(content = @Content(schema = @Schema(oneOf = {
      HistoryDto.class, RedFlagsDto.class, ExaminationDto.class, CausesDto.class, PsychosocialDto.class,
      FunctionAndMovementDto.class, PsychologicalEvaluationDto.class})))
  @APIResponse(responseCode = "200", description = "The section as saved, with what is still missing",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionDto.class)))
  public Response saveSection(
      @PathParam("caseId") long caseId,
      @PathParam("section") String section,
      @QueryParam("version") String version,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      JsonObject body) {
    WorkupSection which = section(section);
    WorkupView view = workups.saveSectionAsEntered(
        caseId, which, () -> SectionInput.read(which, body), () -> sectionVersion(version, ifMatch));
    return sectionResponse(view, which);
  }

  @POST
  @Path("studies")
  @Operation(
      summary = "Order a study: {\"type\": \"MRI_WITH_AND_WITHOUT_GADOLINIUM\", \"levels\": \"L4-L5\", \"orderedOn\": \"2025-03-01\"}",
      description = "It shows as outstanding (and on the STUDIES_OUTSTANDING worklist) until resulted. 201 with"
          + " Location and ETag.")
  @APIResponse(responseCode = "201", description = "Ordered; Location names the study",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudyDto.class)))
  public Response orderStudy(@PathParam("caseId") long caseId, StudyOrderDto body) {
    StudyOrderDto order = body == null ? new StudyOrderDto(null, null, null) : body;
    String levels = order.levels() == null || order.levels().isBlank() ? null : order.levels().strip();
    WorkupView view = workups.orderStudyAsEntered(caseId, () -> RecordInput.studyType(order), levels,
        order.orderedOn() == null ? ClinicTime.today() : order.orderedOn());
    StudyRow study = view.studies().stream().max(Comparator.comparingInt(StudyRow::number))
        .orElseThrow(() -> new IllegalStateException("The study ordered is not in the workup"));
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(study.number())).build();
    return Response.created(location)
        .tag(etag(study.version()))
        .entity(WorkupAssembler.toDto(study, basePath(caseId)))
        .build();
  }

  @GET
  @Path("studies/{number}")
  @Operation(summary = "One study with its findings and version (also the ETag)")
  @APIResponse(responseCode = "200", description = "The study with its findings; the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudyDto.class)))
  public Response study(@PathParam("caseId") long caseId, @PathParam("number") int number) {
    return studyResponse(workups.view(caseId), caseId, number);
  }

  @PUT
  @Path("studies/{number}/result")
  @Operation(
      summary = "Result (or correct) a study: version, resultedOn, findings of the study's type, report",
      description = "findings are read for the study's type (see FindingsDto). report: {\"fileName\", \"contentBase64\"},"
          + " a PDF, JPEG or PNG recognised from the bytes, at most 10 MiB. Send the study's version (body or"
          + " If-Match); an old version is 409.")
  @APIResponse(responseCode = "200", description = "The study as resulted",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudyDto.class)))
  public Response resultStudy(
      @PathParam("caseId") long caseId,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      StudyResultDto body) {
    StudyResultDto result = body == null ? new StudyResultDto(null, null, null, null) : body;
    WorkupView view = workups.resultStudyAsEntered(caseId, number,
        () -> VersionHeader.versionOf(result.version(), ifMatch),
        result.resultedOn() == null ? ClinicTime.today() : result.resultedOn(),
        type -> RecordInput.studyResult(type, result));
    return studyResponse(view, caseId, number);
  }

  @GET
  @Path("studies/{number}/report")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a study's report: the file's bytes with their media type")
  public Response report(@PathParam("caseId") long caseId, @PathParam("number") int number) {
    DocumentDownload download = workups.report(caseId, number);
    return Response.ok(download.content(), download.type().mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment(download.fileName(), download.type().name()))
        .cacheControl(noStore())
        .build();
  }

  @POST
  @Path("blocks")
  @Operation(
      summary = "Record a diagnostic block; the answer has its number and the relief computed per time point",
      description = "Relief is (pre - post) / pre x 100: 8 before and 2 after is 75 %. 201 with Location and ETag.")
  @APIResponse(responseCode = "201", description = "Recorded; Location names the block, the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockDto.class)))
  public Response recordBlock(@PathParam("caseId") long caseId, BlockDto body) {
    WorkupView view = workups.recordBlockAsEntered(caseId, () -> RecordInput.block(body, 0));
    BlockRow recorded = view.blocks().stream().max(Comparator.comparingInt(BlockRow::number))
        .orElseThrow(() -> new IllegalStateException("The block recorded is not in the workup"));
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(recorded.number())).build();
    return Response.created(location).tag(etag(recorded.version())).entity(WorkupAssembler.toDto(recorded)).build();
  }

  @GET
  @Path("blocks/{number}")
  @Operation(summary = "One block with its relief per time point and version (also the ETag)")
  @APIResponse(responseCode = "200", description = "The block with its relief; the version as ETag",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockDto.class)))
  public Response block(@PathParam("caseId") long caseId, @PathParam("number") int number) {
    return blockResponse(workups.view(caseId), number);
  }

  @PUT
  @Path("blocks/{number}")
  @Operation(
      summary = "Replace a block, e.g. with the pain ratings of later time points",
      description = "The whole block as for recording it, with the version read (body or If-Match); an old version is 409.")
  @APIResponse(responseCode = "200", description = "The block as corrected",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BlockDto.class)))
  public Response updateBlock(
      @PathParam("caseId") long caseId,
      @PathParam("number") int number,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      BlockDto body) {
    return blockResponse(workups.updateBlockAsEntered(caseId, number,
        () -> VersionHeader.versionOf(body == null ? null : body.version(), ifMatch),
        () -> RecordInput.block(body, number)), number);
  }

  @POST
  @Path("signature")
  @Operation(
      summary = "Sign the workup (surgeon or pain specialist on the care team)",
      description = "Refused with 400 listing every section still missing (field = the section's code); 403 for"
          + " other disciplines; 409 when already signed. Signing marks the case ready for the MDT.")
  public WorkupDto sign(@PathParam("caseId") long caseId) {
    return WorkupAssembler.toDto(workups.sign(caseId), basePath(caseId));
  }

  @POST
  @Path("addenda")
  @Operation(
      summary = "Add a dated, signed addendum to a signed workup: {\"concerns\": \"HISTORY\", \"text\": \"...\"}",
      description = "Any clinician on the care team; before signing it is 409 (edit the section instead). 201.")
  @APIResponse(responseCode = "201", description = "Added; Location names the addendum",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AddendumDto.class)))
  public Response addAddendum(@PathParam("caseId") long caseId, AddendumDto body) {
    AddendumDto addendum = body == null ? new AddendumDto(null, null, null, null, null) : body;
    WorkupView view = workups.addAddendumAsEntered(caseId, () -> RecordInput.concerns(addendum), addendum.text());
    AddendumRow added = view.addenda().stream().max(Comparator.comparingLong(AddendumRow::id))
        .orElseThrow(() -> new IllegalStateException("The addendum is not in the workup"));
    URI location = uriInfo.getAbsolutePathBuilder().build();
    return Response.created(location).entity(WorkupAssembler.toDto(added)).build();
  }

  @GET
  @Path("summary")
  @Operation(
      summary = "The one-page summary: causes with their evidence, red flags, latest scores, open questions,"
          + " diagnosis codes, physiotherapy and psychology, signature and addenda")
  public SummaryDto summary(@PathParam("caseId") long caseId, @Context HttpHeaders headers) {
    return WorkupAssembler.toDto(
        workups.summary(caseId, ReaderLocale.of(headers.getAcceptableLanguages())));
  }

  @GET
  @Path("summary.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The summary as a PDF to print or send (access-logged as an export)")
  public Response summaryPdf(@PathParam("caseId") long caseId, @Context HttpHeaders headers) {
    byte[] pdf = workups.summaryPdf(caseId, ReaderLocale.of(headers.getAcceptableLanguages()));
    return Response.ok(pdf, "application/pdf")
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("workup-summary-case-" + caseId, "pdf"))
        .cacheControl(noStore())
        .build();
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String basePath(long caseId) {
    return uriInfo.getBaseUriBuilder().path("cases").path(String.valueOf(caseId)).path("workup").build()
        .getRawPath();
  }

  /** The section named in the path, or 404: a section that does not exist is not there. */
  static WorkupSection section(String path) {
    WorkupSection section = Codes.find(WorkupSection.class, path);
    if (section == null) {
      throw new NotFoundException("The workup has no section " + path + ": " + SECTIONS + ".");
    }
    return section;
  }

  /** ?version= or If-Match; neither means a first save (-1), which is stale if the section exists. */
  static long sectionVersion(String query, String ifMatch) {
    Long fromQuery = null;
    if (query != null && !query.isBlank()) {
      try {
        fromQuery = Long.valueOf(query.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("version", "The version must be a whole number as read (-1 for a first save).");
      }
    }
    if (fromQuery == null && (ifMatch == null || ifMatch.isBlank())) {
      return -1;
    }
    return VersionHeader.versionOf(fromQuery, ifMatch);
  }

  private Response sectionResponse(WorkupView view, WorkupSection which) {
    // only the coordinator is shown fewer sections, and reads the studies alone
    SectionState state = view.section(which).orElseThrow(() -> new EJBAccessException(
        "Your role may not read the section " + which.label() + "."));
    SectionDto dto = WorkupAssembler.toDto(state, WorkupAssembler.describer(view));
    Response.ResponseBuilder ok = Response.ok(dto);
    if (state.version() >= 0) {
      ok.tag(etag(state.version()));
    }
    return ok.build();
  }

  private Response studyResponse(WorkupView view, long caseId, int number) {
    StudyRow study = view.study(number).orElseThrow(() -> notFound("Study", number));
    StudyDto dto = WorkupAssembler.toDto(study, basePath(caseId));
    return Response.ok(dto).tag(etag(study.version())).build();
  }

  private static Response blockResponse(WorkupView view, int number) {
    BlockRow block = view.block(number).orElseThrow(() -> notFound("DiagnosticBlock", number));
    return Response.ok(WorkupAssembler.toDto(block)).tag(etag(block.version())).build();
  }

  private static RecordNotFoundException notFound(String type, long number) {
    return new RecordNotFoundException(type, number);
  }

  private static EntityTag etag(long version) {
    return new EntityTag(String.valueOf(version));
  }

  private static CacheControl noStore() {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return noStore;
  }
}
