package org.spinecase.domain.model.outcome;

import java.util.Optional;

/**
 * The hook through which a clinic supplies item text it holds a licence for (ODI, EQ-5D, STarT
 * Back, PCS), per language. Where it supplies nothing, the instrument's neutral label is shown; the
 * application never invents or paraphrases item text.
 */
public interface ItemText {

  /** Supplies nothing: every item keeps the label defined with its instrument. */
  ItemText NONE =
      new ItemText() {
        @Override
        public Optional<String> item(String instrument, int item, String language) {
          return Optional.empty();
        }

        @Override
        public Optional<String> option(String instrument, int item, int value, String language) {
          return Optional.empty();
        }
      };

  Optional<String> item(String instrument, int item, String language);

  Optional<String> option(String instrument, int item, int value, String language);
}
