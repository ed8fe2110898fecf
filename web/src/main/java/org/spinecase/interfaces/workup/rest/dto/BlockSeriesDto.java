package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The blocks of one target (type, level, side), oldest first: comparative when two or more agents
 * were used; meets the threshold (the common 80 % before radiofrequency ablation) only when every
 * block does.
 */
@JsonbPropertyOrder({"target", "blocks", "comparative", "thresholdPercent", "meetsThreshold"})
public record BlockSeriesDto(
    String target, List<Integer> blocks, boolean comparative, double thresholdPercent, boolean meetsThreshold) {}
