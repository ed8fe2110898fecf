package org.spinecase.interfaces.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API for other clinic systems and scripts, versioned in the path so that a later,
 * incompatible version can live beside this one. Resources and providers are found by scanning.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "SpineCase API",
            version = "1",
            description =
                "Patient registry, referrals with their documents, cases and worklists of SpineCase."
                    + " Bearer tokens from the clinic's Keycloak realm; errors as {\"status\", \"message\","
                    + " \"violations\": [{\"field\", \"message\"}]}: 400 invalid input, 401 no token,"
                    + " 403 a role that may not act, 404 a record that does not exist or is not the caller's"
                    + " to see, 409 a stale version or a step the record's status does not allow."))
public class RestApplication extends Application {}
