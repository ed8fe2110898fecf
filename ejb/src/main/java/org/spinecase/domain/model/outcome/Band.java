package org.spinecase.domain.model.outcome;

/**
 * A band of a total, up to and including {@code upTo}. Bands of an instrument are listed in rising
 * order, and a total falls into the first band whose upper bound it does not exceed; for ODI, whose
 * percentage need not be whole, that puts 20.5 % into "moderate" (the reference gives whole-number
 * bands only and is silent on fractions).
 */
public record Band(String label, double upTo) {}
