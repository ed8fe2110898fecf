package org.spinecase.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecase.domain.model.outcome.ItemText;
import org.spinecase.domain.model.shared.ClinicClock;

/**
 * The licensed item text the clinic supplied (table instrument_text), as an {@link ItemText} for
 * one language. Plain SQL: the text is replaced per instrument and language as a whole upload.
 */
@ApplicationScoped
public class InstrumentTextRepository {

  /** One supplied text; {@code optionValue} null for the item's stem. */
  public record Row(int item, Integer optionValue, String text) {}

  @PersistenceContext(unitName = "spinecase")
  private EntityManager entityManager;

  /** Everything supplied in the language, for every instrument, read in one statement. */
  @SuppressWarnings("unchecked")
  public ItemText inLanguage(String language) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select instrument_code, item_number, option_value, text from instrument_text"
                    + " where language = ?1")
            .setParameter(1, language)
            .getResultList();
    Map<String, String> texts = new HashMap<>();
    for (Object[] row : rows) {
      texts.put(key((String) row[0], ((Number) row[1]).intValue(), (Number) row[2]), (String) row[3]);
    }
    return new SuppliedItemText(texts);
  }

  /** Replaces the instrument's text in the language; returns how many texts are stored. */
  public int replace(String instrumentCode, String language, List<Row> rows, String by) {
    entityManager
        .createNativeQuery("delete from instrument_text where instrument_code = ?1 and language = ?2")
        .setParameter(1, instrumentCode)
        .setParameter(2, language)
        .executeUpdate();
    Instant now = ClinicClock.now();
    for (Row row : rows) {
      // a stem has no option value: written as a literal null, not as an untyped parameter
      String option = row.optionValue() == null ? "null" : String.valueOf(row.optionValue());
      entityManager
          .createNativeQuery(
              "insert into instrument_text (instrument_code, item_number, option_value,"
                  + " language, text, supplied_by, supplied_at) values (?1, ?2, "
                  + option
                  + ", ?3, ?4, ?5, ?6)")
          .setParameter(1, instrumentCode)
          .setParameter(2, row.item())
          .setParameter(3, language)
          .setParameter(4, row.text())
          .setParameter(5, by)
          .setParameter(6, now)
          .executeUpdate();
    }
    return rows.size();
  }

  private static String key(String instrument, int item, Number option) {
    return instrument + "|" + item + "|" + (option == null ? "" : option.intValue());
  }

  private record SuppliedItemText(Map<String, String> texts) implements ItemText {

    @Override
    public Optional<String> item(String instrument, int item, String language) {
      return Optional.ofNullable(texts.get(key(instrument, item, null)));
    }

    @Override
    public Optional<String> option(String instrument, int item, int value, String language) {
      return Optional.ofNullable(texts.get(key(instrument, item, value)));
    }
  }
}
