package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A cluster of tests read together (SI provocation, Waddell): positive once positive reaches the
 * threshold, negative once it no longer can, undecided until then. Computed.
 */
@JsonbPropertyOrder({"positive", "tests", "threshold", "result", "resultLabel"})
public record ClusterDto(int positive, int tests, int threshold, String result, String resultLabel) {}
