package org.spinecase.interfaces.workup.rest.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** An ICD-11 cluster: stem (e.g. MG30.21) and extension codes; expression is computed. */
@JsonbPropertyOrder({"stem", "extensions", "expression"})
public record Icd11Dto(String stem, List<String> extensions, String expression) {}
