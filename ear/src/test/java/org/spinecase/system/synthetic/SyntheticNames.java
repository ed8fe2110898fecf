package org.spinecase.system.synthetic;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Names that cannot be mistaken for real people: family names are glued from syllables no surname
 * is made of ("Zorbwick", "Quixova"), referrers carry "(synthetic)", hospitals are "Synthetic
 * Hospital N" and every e-mail address ends in the reserved top-level domain .invalid (RFC 2606).
 * Given names are ordinary ones, so that lists look like a clinic's.
 */
public final class SyntheticNames {

  private static final List<String> STEMS = List.of(
      "Zorb", "Quix", "Flumb", "Grindl", "Vexx", "Plonk", "Snorq", "Wibbl", "Trunx", "Glorp",
      "Zenk", "Brimb", "Krelp", "Mopp", "Yarq", "Dworf", "Fizzl", "Gubb", "Hroon", "Jibb",
      "Klomp", "Lurq", "Mizz", "Nubb", "Oxl", "Prazz", "Quorb", "Rindl", "Sprock", "Thwump",
      "Ulg", "Vorp", "Wuzz", "Xand", "Yibb", "Zuff", "Bloxx", "Crumb", "Drizz", "Frimp");
  private static final List<String> ENDINGS = List.of(
      "ington", "wick", "ova", "ez", "berg", "son", "ard", "elli", "ski", "quist", "ow", "ler",
      "mann", "ak", "ine", "hurst", "eau", "ozzi", "vik", "ett");
  private static final List<String> FEMALE = List.of(
      "Anna", "Maria", "Sofia", "Elena", "Laura", "Clara", "Julia", "Nora", "Ines", "Lea",
      "Hannah", "Emma", "Olivia", "Mia", "Sara", "Ruth", "Agnes", "Irene", "Greta", "Paula");
  private static final List<String> MALE = List.of(
      "Lukas", "Jonas", "David", "Marco", "Peter", "Thomas", "Daniel", "Felix", "Noah", "Elias",
      "Simon", "Paul", "Martin", "Oskar", "Hugo", "Anton", "Leon", "Adrian", "Samuel", "Victor");
  private static final List<String> STREETS = List.of(
      "Nowhere Lane", "Placeholder Road", "Sample Street", "Fictional Avenue", "Testing Way",
      "Example Square", "Imaginary Close", "Dummy Row");

  private final RandomGenerator random;

  public SyntheticNames(RandomGenerator random) {
    this.random = random;
  }

  public String familyName() {
    return pick(STEMS) + pick(ENDINGS);
  }

  public String givenName(boolean female) {
    return pick(female ? FEMALE : MALE);
  }

  public String email(String given, String family, long serial) {
    return (given + "." + family + "." + serial).toLowerCase(Locale.ROOT) + "@example.invalid";
  }

  /** A number in no real plan: "+00" is no country code. */
  public String phone() {
    return String.format(Locale.ROOT, "+00 555 %03d %04d", random.nextInt(1000), random.nextInt(10_000));
  }

  public String address() {
    return (1 + random.nextInt(199)) + " " + pick(STREETS) + ", Synthetic Town " + (1000 + random.nextInt(9000));
  }

  public String hospital() {
    return "Synthetic Hospital " + (1 + random.nextInt(40));
  }

  public String referrer() {
    return "Dr. " + givenName(random.nextBoolean()) + " " + familyName() + " (synthetic)";
  }

  public <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
