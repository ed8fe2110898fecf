package org.spinecase.domain.model.workup;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinecase.domain.model.shared.ClinicalRuleViolation;

/**
 * Tests read as a cluster: the result is positive when at least {@code threshold} of them are
 * positive. Immutable. The result is known as soon as it cannot change (three positive SI tests
 * make the cluster positive whatever the other two show), so an examination stopped early for a
 * patient in pain still gets the answer when there is one.
 *
 * @param <K> the tests of the cluster
 */
public final class TestCluster<K extends Enum<K>> {

  private final Class<K> tests;
  private final int threshold;
  private final Map<K, TestResult> results;

  private TestCluster(Class<K> tests, int threshold, Map<K, TestResult> results) {
    this.tests = tests;
    this.threshold = threshold;
    EnumMap<K, TestResult> copy = new EnumMap<>(tests);
    copy.putAll(results);
    this.results = Collections.unmodifiableMap(copy);
  }

  static <K extends Enum<K>> TestCluster<K> empty(Class<K> tests, int threshold) {
    return new TestCluster<>(tests, threshold, Map.of());
  }

  public TestCluster<K> with(K test, TestResult result) {
    if (test == null || result == null) {
      throw new ClinicalRuleViolation(
          "clusterTest", "A test result needs the test and the result.");
    }
    Map<K, TestResult> changed = new EnumMap<>(tests);
    changed.putAll(results);
    changed.put(test, result);
    return new TestCluster<>(tests, threshold, changed);
  }

  /** Records every test not yet done as negative; recorded results stay. */
  public TestCluster<K> restNegative() {
    Map<K, TestResult> changed = new EnumMap<>(tests);
    for (K test : tests.getEnumConstants()) {
      changed.put(test, results.getOrDefault(test, TestResult.NEGATIVE));
    }
    return new TestCluster<>(tests, threshold, changed);
  }

  public Optional<TestResult> result(K test) {
    return Optional.ofNullable(results.get(test));
  }

  public int threshold() {
    return threshold;
  }

  public int testCount() {
    return tests.getEnumConstants().length;
  }

  public int positiveCount() {
    return (int) results.values().stream().filter(TestResult::isPositive).count();
  }

  public ClusterResult result() {
    int positive = positiveCount();
    int notDone = testCount() - results.size();
    if (positive >= threshold) {
      return ClusterResult.POSITIVE;
    }
    return positive + notDone < threshold ? ClusterResult.NEGATIVE : ClusterResult.UNDECIDED;
  }

  public List<K> notDone() {
    return List.of(tests.getEnumConstants()).stream()
        .filter(test -> !results.containsKey(test))
        .toList();
  }

  public boolean isComplete() {
    return notDone().isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TestCluster<?> cluster
        && tests == cluster.tests
        && threshold == cluster.threshold
        && results.equals(cluster.results);
  }

  @Override
  public int hashCode() {
    return results.hashCode();
  }
}
