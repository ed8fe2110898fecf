package org.spinecase.domain.model.casefile;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a referral or case status by its constant's name. The two enums share no names, so the
 * name alone says which it is, and the timeline can hold both in one column.
 */
@Converter
public class CareStateConverter implements AttributeConverter<CareState, String> {

  @Override
  public String convertToDatabaseColumn(CareState state) {
    return state == null ? null : state.name();
  }

  @Override
  public CareState convertToEntityAttribute(String name) {
    return name == null ? null : CareState.valueOf(name);
  }
}
