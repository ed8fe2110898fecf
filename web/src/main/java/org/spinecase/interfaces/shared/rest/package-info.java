/**
 * What every REST resource shares: the JAX-RS application under /api/v1, the one error body
 * ({"status", "message", "violations"}) and the exception mappers that turn each refusal into it,
 * so no resource catches or formats an error of its own.
 */
package org.spinecase.interfaces.shared.rest;
