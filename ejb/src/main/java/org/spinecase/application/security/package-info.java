/**
 * Who is calling and from where: role names as Keycloak issues them, the current user as the EJB
 * container sees them, and the origin of the web request for the access log.
 */
package org.spinecase.application.security;
