package org.spinecase.interfaces.patient.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.spinecase.application.LikelyDuplicateException;
import org.spinecase.interfaces.patient.rest.dto.DuplicatesErrorDto;
import org.spinecase.interfaces.shared.rest.ErrorBody;

/**
 * 409 with the candidates in "duplicates": the client checks them and, for a different person,
 * repeats the request with "duplicateConfirmed": true.
 */
@Provider
public class LikelyDuplicateExceptionMapper implements ExceptionMapper<LikelyDuplicateException> {

  @Override
  public Response toResponse(LikelyDuplicateException exception) {
    int status = Response.Status.CONFLICT.getStatusCode();
    return ErrorBody.json(
        status,
        new DuplicatesErrorDto(
            status,
            exception.getMessage()
                + " If this is a different person, send the request again with \"duplicateConfirmed\": true.",
            List.of(),
            PatientAssembler.toDtos(exception.getCandidates())));
  }
}
