/**
 * What every page shares: the clinic calendar and date converters, the exception handler and
 * error pages, field and page messages, the signed-in clinician and the request filters.
 */
package org.spinecase.interfaces.shared.web;
