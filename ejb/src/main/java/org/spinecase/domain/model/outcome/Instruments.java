package org.spinecase.domain.model.outcome;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The instruments the clinic records, defined from docs/clinical-reference.md ("Instruments: scoring",
 * "Licensing", "Codes").
 *
 * <p>Licensed instruments (ODI, PCS, STarT Back, EQ-5D-5L, COMI-back) carry neutral labels until
 * the clinic supplies its licensed text through {@link ItemText}. The free ones ship complete:
 * PHQ-9 and GAD-7 with the lead-in, item stems and answers of the English Pfizer forms
 * (phqscreeners.com, "No permission required to reproduce, translate, display or distribute"),
 * and the pain NRS with the 0-10 anchors IMMPACT recommends (Dworkin et al., Pain 2005;113:9-19:
 * "no pain" to "pain as bad as you can imagine"). PHQ-9's unscored tenth question (how difficult
 * the problems made daily life) is not part of the total and is not recorded here.
 */
public final class Instruments {

  /**
   * PHQ-9 and GAD-7 answers, scored 0-3. Wording as published with the Pfizer notice "No permission
   * required to reproduce, translate, display or distribute" in the HL7 US Core PHQ-9 Questionnaire
   * (https://hl7.org/fhir/us/core/Questionnaire-phq-9-example.html, answers as in
   * https://hl7.org/fhir/us/qicore/STU6/QuestionnaireResponse-PHQ-9-example.html) and for GAD-7 at
   * https://mobile.fpnotebook.com/Psych/Exam/GnrlzdAnxtyDsrdrScl.htm (same four answers, 0-3).
   */
  static final List<AnswerOption> FREQUENCY =
      List.of(
          new AnswerOption(0, "Not at all"),
          new AnswerOption(1, "Several days"),
          new AnswerOption(2, "More than half the days"),
          new AnswerOption(3, "Nearly every day"));

  private static final List<String> PHQ9_ITEMS =
      List.of(
          "Little interest or pleasure in doing things",
          "Feeling down, depressed, or hopeless",
          "Trouble falling or staying asleep, or sleeping too much",
          "Feeling tired or having little energy",
          "Poor appetite or overeating",
          "Feeling bad about yourself — or that you are a failure or have let yourself or your"
              + " family down",
          "Trouble concentrating on things, such as reading the newspaper or watching television",
          "Moving or speaking so slowly that other people could have noticed? Or the opposite"
              + " — being so fidgety or restless that you have been moving around a lot more"
              + " than usual",
          "Thoughts that you would be better off dead or of hurting yourself in some way");

  private static final List<String> GAD7_ITEMS =
      List.of(
          "Feeling nervous, anxious or on edge",
          "Not being able to stop or control worrying",
          "Worrying too much about different things",
          "Trouble relaxing",
          "Being so restless that it is hard to sit still",
          "Becoming easily annoyed or irritable",
          "Feeling afraid as if something awful might happen");

  private static final Set<RecallPeriod> ALL_RECALLS = EnumSet.allOf(RecallPeriod.class);

  public static final Instrument NRS_BACK = nrs("NRS-BACK", "Back pain intensity (NRS)");
  public static final Instrument NRS_LEG = nrs("NRS-LEG", "Leg pain intensity (NRS)");

  public static final Instrument ODI =
      new Instrument(
          "ODI",
          "Oswestry Disability Index",
          "2.1a",
          Licensing.LICENSED,
          items(10, n -> Item.neutral(n, "ODI section " + n, 0, 5)),
          Set.of(),
          List.of(),
          List.of(
              new Band("Minimal disability", 20),
              new Band("Moderate disability", 40),
              new Band("Severe disability", 60),
              new Band("Crippled", 80),
              new Band("Bed-bound or exaggerating", 100)),
          "97908-8",
          "97909-6",
          true,
          null);

  public static final Instrument PHQ9 =
      new Instrument(
          "PHQ-9",
          "Patient Health Questionnaire-9",
          "PHQ-9",
          Licensing.FREE,
          items(PHQ9_ITEMS),
          Set.of(),
          List.of(),
          List.of(
              new Band("0-4", 4),
              new Band("5-9", 9),
              new Band("10-14", 14),
              new Band("15-19", 19),
              new Band("20-27", 27)),
          "44249-1",
          "44261-6",
          false,
          "Over the last 2 weeks, how often have you been bothered by any of the following problems?");

  public static final Instrument GAD7 =
      new Instrument(
          "GAD-7",
          "Generalized Anxiety Disorder-7",
          "GAD-7",
          Licensing.FREE,
          items(GAD7_ITEMS),
          Set.of(),
          List.of(),
          List.of(
              new Band("0-4", 4), new Band("5-9", 9), new Band("10-14", 14), new Band("15-21", 21)),
          "69737-5",
          "70274-6",
          false,
          "Over the last 2 weeks, how often have you been bothered by the following problems?");

  /** No LOINC codes or bands are given for PCS in the reference; only the 30-point threshold. */
  public static final Instrument PCS =
      new Instrument(
          "PCS",
          "Pain Catastrophizing Scale",
          "PCS",
          Licensing.LICENSED,
          items(13, n -> Item.neutral(n, "PCS item " + n, 0, 4)),
          Set.of(),
          List.of(
              new Subscale("rumination", "Rumination", Set.of(8, 9, 10, 11)),
              new Subscale("magnification", "Magnification", Set.of(6, 7, 13)),
              new Subscale("helplessness", "Helplessness", Set.of(1, 2, 3, 4, 5, 12))),
          List.of(),
          null,
          null,
          false,
          null);

  /**
   * Items 1-8 are agree/disagree, recorded as their point, 0 or 1. Item 9 (bothersomeness) is
   * recorded as the patient's own answer among the five the published tool offers (Not at all,
   * Slightly, Moderately, Very much, Extremely: options 0-4, with neutral labels until the clinic
   * supplies the licensed text); {@link StartBackScoring} gives the last two a point. The answers
   * are the record, the points are derived from them. Totals 0-9, distress 0-5.
   */
  public static final Instrument START_BACK =
      new Instrument(
          "STarT-Back",
          "Keele STarT Back Screening Tool",
          "STarT Back",
          Licensing.LICENSED,
          items(
              9,
              n ->
                  Item.neutral(
                      n, "STarT Back item " + n, 0, n == StartBackScoring.BOTHERSOME_ITEM ? 4 : 1)),
          Set.of(),
          List.of(new Subscale("distress", "Distress", Set.of(5, 6, 7, 8, 9), "91350-9")),
          List.of(),
          "91349-1",
          "91351-7",
          false,
          null);

  /** Items 1-5 are the five dimensions (levels 1-5); item 6 is the EQ VAS (0-100). */
  public static final Instrument EQ5D5L =
      new Instrument(
          "EQ-5D-5L",
          "EQ-5D-5L",
          "EQ-5D-5L",
          Licensing.LICENSED,
          items(
              6,
              n ->
                  n <= 5
                      ? Item.neutral(n, "EQ-5D-5L dimension " + n, 1, 5)
                      : Item.scale(6, "EQ VAS", 0, 100)),
          Set.of(),
          List.of(),
          List.of(),
          null,
          null,
          false,
          null);

  /**
   * Items 1 and 2 are back and leg pain NRS 0-10; items 3-7 are the other items, each recorded as
   * option 0-4 and scored 0/2.5/5/7.5/10. The reference gives neither the item count nor COMI's
   * licensing: seven items follow Mannion et al.
   * (https://pmc.ncbi.nlm.nih.gov/articles/PMC2899314), and the text is treated as licensed, so
   * none ships, until its licence is checked.
   */
  public static final Instrument COMI_BACK =
      new Instrument(
          "COMI-back",
          "Core Outcome Measures Index (back)",
          "COMI-back",
          Licensing.LICENSED,
          items(
              7,
              n ->
                  n <= 2
                      ? numbered(n, "COMI-back item " + n, 10)
                      : Item.neutral(n, "COMI-back item " + n, 0, 4)),
          Set.of(),
          List.of(),
          List.of(),
          null,
          null,
          false,
          null);

  public static final List<Instrument> ALL =
      List.of(NRS_BACK, NRS_LEG, ODI, PHQ9, GAD7, PCS, START_BACK, EQ5D5L, COMI_BACK);

  private Instruments() {}

  /** A pain NRS: integers 0-10, the ends anchored as IMMPACT recommends. */
  private static Instrument nrs(String code, String name) {
    return new Instrument(
        code,
        name,
        "NRS 0-10",
        Licensing.FREE,
        List.of(painRating(name)),
        ALL_RECALLS,
        List.of(),
        List.of(),
        null,
        "72514-3",
        false,
        null);
  }

  private static Item painRating(String label) {
    return new Item(
        1,
        label,
        0,
        10,
        IntStream.rangeClosed(0, 10)
            .mapToObj(
                v ->
                    new AnswerOption(
                        v,
                        switch (v) {
                          case 0 -> "0 - No pain";
                          case 10 -> "10 - Pain as bad as you can imagine";
                          default -> String.valueOf(v);
                        }))
            .toList());
  }

  private static Item numbered(int number, String label, int max) {
    return new Item(
        number,
        label,
        0,
        max,
        IntStream.rangeClosed(0, max)
            .mapToObj(v -> new AnswerOption(v, String.valueOf(v)))
            .toList());
  }

  /** Free frequency items scored 0-3, worded as published. */
  private static List<Item> items(List<String> stems) {
    return IntStream.rangeClosed(1, stems.size())
        .mapToObj(n -> new Item(n, stems.get(n - 1), 0, 3, FREQUENCY))
        .toList();
  }

  private static List<Item> items(int count, IntFunction<Item> item) {
    return IntStream.rangeClosed(1, count).mapToObj(item).toList();
  }
}
