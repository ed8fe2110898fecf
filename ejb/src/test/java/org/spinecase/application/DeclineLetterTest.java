package org.spinecase.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spinecase.domain.model.casefile.Episodes;
import org.spinecase.domain.model.referral.Referral;

class DeclineLetterTest {

  @Test
  void tellsTheReferrerWhoAndWhy() {
    Referral referral = Episodes.referral();
    referral.decline(
        "Symptoms match a hip problem; please refer to orthopaedics.",
        "surgeon",
        Set.of("surgeon"));
    List<String> lines = DeclineLetter.lines(referral, "Elena Varga", LocalDate.of(2026, 11, 21));
    assertTrue(lines.contains("Dr Amal Haddad"));
    assertTrue(lines.contains("21 November 2026"));
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("Re: FISCHER, Marta, born 9 March 1968, MRN SC-")),
        lines.toString());
    assertTrue(lines.contains("Symptoms match a hip problem; please refer to orthopaedics."));
    assertTrue(lines.contains("Elena Varga"));

    String pdf =
        new String(
            DeclineLetter.pdf(referral, "Elena Varga", LocalDate.now()),
            StandardCharsets.ISO_8859_1);
    assertTrue(pdf.startsWith("%PDF-"));
    assertTrue(pdf.contains("(Symptoms match a hip problem; please refer to orthopaedics.) Tj"));
  }
}
