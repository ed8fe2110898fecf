package org.spinecase.domain.model.workup;

/**
 * The key muscles graded for each lumbar and first sacral root, as docs/clinical-reference.md lists
 * them: L2 hip flexion, L3 knee extension, L4 ankle dorsiflexion, L5 great-toe extension, S1
 * plantarflexion.
 */
public enum Myotome {
  L2("L2", "Hip flexion"),
  L3("L3", "Knee extension"),
  L4("L4", "Ankle dorsiflexion"),
  L5("L5", "Great-toe extension"),
  S1("S1", "Plantarflexion");

  private final String root;
  private final String movement;

  Myotome(String root, String movement) {
    this.root = root;
    this.movement = movement;
  }

  public String root() {
    return root;
  }

  public String movement() {
    return movement;
  }

  public String label() {
    return root + " " + movement.toLowerCase(java.util.Locale.ROOT);
  }
}
