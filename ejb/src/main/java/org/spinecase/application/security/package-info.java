/**
 * Who is calling and what they may see: role names as Keycloak issues them, the current user as the
 * EJB container sees them, the origin of the web request for the access log, and {@link
 * org.spinecase.application.security.CareAccess}, the one decision whether the caller may see a
 * referral, a document or a case.
 */
package org.spinecase.application.security;
