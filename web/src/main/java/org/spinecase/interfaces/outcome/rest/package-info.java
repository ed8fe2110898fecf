/**
 * REST API for outcome measures: instruments, responses saved as they are answered, scores,
 * safety alerts, measure sets, and the administrator's schedule and licensed item text.
 */
package org.spinecase.interfaces.outcome.rest;
