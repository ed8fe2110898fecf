package org.spinecase.domain.model.workup;

/**
 * Heel and toe walking, tested per leg: inability to heel-walk suggests L4-L5 weakness, to toe-walk
 * S1 weakness.
 */
public enum WalkingTest {
  HEEL_WALK("Heel walking"),
  TOE_WALK("Toe walking");

  private final String label;

  WalkingTest(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
