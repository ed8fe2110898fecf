package org.spinecase.interfaces.workup.rest.dto;

/** The psychologist's section: the evaluation in the psychologist's words. */
public record PsychologicalEvaluationDto(String assessment) {}
