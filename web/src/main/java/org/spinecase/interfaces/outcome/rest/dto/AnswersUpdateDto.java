package org.spinecase.interfaces.outcome.rest.dto;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A partial save on the version read (or If-Match): the items given replace their earlier answers,
 * an empty list clears an item, items not named keep theirs. {@code {"version": 2, "answers":
 * {"3": [1], "4": []}}}.
 */
@JsonbPropertyOrder({"version", "answers"})
public record AnswersUpdateDto(Long version, JsonObject answers) {}
