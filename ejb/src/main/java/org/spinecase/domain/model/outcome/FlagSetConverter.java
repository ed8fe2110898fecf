package org.spinecase.domain.model.outcome;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a response's flags as one comma-separated column: there are at most three, they are
 * always read with the response, and the score table shows them on its row.
 */
@Converter
public class FlagSetConverter implements AttributeConverter<Set<Flag>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Flag> flags) {
    if (flags == null || flags.isEmpty()) {
      return null;
    }
    return flags.stream().sorted().map(Flag::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<Flag> convertToEntityAttribute(String column) {
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(String::trim).map(Flag::valueOf).forEach(flags::add);
    }
    return flags;
  }
}
