/**
 * Outcome pages: desktop entry, the tablet handed to the patient, the patient's chart, the case's
 * measures tab and the administrator's schedule and instrument text.
 */
package org.spinecase.interfaces.outcome.web;
