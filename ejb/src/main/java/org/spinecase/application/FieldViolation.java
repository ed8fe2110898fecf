package org.spinecase.application;

import java.io.Serializable;

/**
 * One problem with the input, named by the form field it concerns (a Bean Validation property path
 * such as {@code surgeries[0].levels}), or {@code null} for the form as a whole.
 */
public record FieldViolation(String field, String message) implements Serializable {}
