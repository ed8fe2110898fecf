package org.spinecase.application;

import java.io.Serializable;

/**
 * One field's value before and after a change, as text for people; {@code null} where there was no
 * value.
 */
public record FieldChange(String field, String before, String after) implements Serializable {}
