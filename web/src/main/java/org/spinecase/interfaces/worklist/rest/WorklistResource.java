package org.spinecase.interfaces.worklist.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.spinecase.application.RecordNotFoundException;
import org.spinecase.application.WorklistService;
import org.spinecase.application.Worklist;
import org.spinecase.interfaces.worklist.rest.dto.WorklistCountDto;
import org.spinecase.interfaces.worklist.rest.dto.WorklistPageDto;
import org.spinecase.interfaces.worklist.rest.dto.WorklistRowDto;

/**
 * The caller's worklists: which lists they have with their counts, and one page of a list, red
 * flags always first. Which rows a caller sees (their triage pool, their care teams) is decided in
 * the service's SQL.
 */
@Path("/worklists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Worklists", description = "What waits for the caller: referrals to triage, cases by status")
public class WorklistResource {

  @Inject private WorklistService worklists;

  @GET
  @Operation(summary = "The caller's worklists with the number of rows in each")
  public List<WorklistCountDto> counts() {
    Map<Worklist, Long> counts = worklists.counts();
    return counts.entrySet().stream()
        .map(e -> new WorklistCountDto(e.getKey().name(), e.getKey().label(), e.getValue()))
        .toList();
  }

  @GET
  @Path("{list}")
  @Operation(
      summary = "One page of a worklist, e.g. /worklists/TRIAGE_QUEUE?first=0&max=25&sort=WAITING&asc=false",
      description =
          "list: NEW_REFERRALS, AWAITING_INFORMATION, OVERDUE_TRIAGE, TRIAGE_QUEUE, MY_CASES,"
              + " READY_FOR_MDT, TEAM_CASES (or in lower case with hyphens). sort: WAITING, PATIENT,"
              + " RECEIVED_ON, STATUS, DUE_ON. Filters: q (patient name or MRN), status (case status),"
              + " question, red=true. A list not meant for the caller's roles is 403.")
  public WorklistPageDto page(
      @PathParam("list") String list,
      @QueryParam("q") String q,
      @QueryParam("status") String status,
      @QueryParam("question") String question,
      @QueryParam("red") String red,
      @QueryParam("first") String first,
      @QueryParam("max") String max,
      @QueryParam("sort") String sort,
      @QueryParam("asc") String asc) {
    Worklist worklist = WorklistParameters.list(list);
    if (worklist == null) {
      throw new RecordNotFoundException("Worklist", 0);
    }
    WorklistParameters query = WorklistParameters.parse(q, status, question, red, first, max, sort, asc);
    var page = worklists.page(worklist, query.filter(), query.first(), query.max(), query.sort(), query.ascending());
    return new WorklistPageDto(page.total(), page.rows().stream().map(WorklistResource::toDto).toList());
  }

  private static WorklistRowDto toDto(org.spinecase.application.WorklistRow row) {
    return new WorklistRowDto(
        row.referralId(),
        row.caseId(),
        row.patientId(),
        row.mrn(),
        row.patientName(),
        row.dateOfBirth(),
        row.status(),
        row.urgency(),
        row.redFlag(),
        row.question(),
        row.waitingSince(),
        row.waitingDays(),
        row.leadName(),
        row.dueOn(),
        row.overdue());
  }
}
