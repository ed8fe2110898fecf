package org.spinecase.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.JsonbException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.spinecase.interfaces.referral.rest.dto.ReferralInputDto;
import org.spinecase.interfaces.workup.rest.dto.BlockDto;

/**
 * The API's JSON binding with the server's own implementation (Yasson): numbers that the default
 * binding wraps or truncates (4294967301 as 5, 5.9 as 5) are refused naming the field, and so is a
 * NUL character in a text.
 */
class ApiJsonTest {

  private static ReferralInputDto referral(String backPain) {
    return ApiJson.binding().fromJson("{\"backPain\": " + backPain + "}", ReferralInputDto.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4294967301", "5.9", "-4294967291", "1e20", "\"5\""})
  void refusesNumbersThatAreNotWholeOrDoNotFit(String backPain) {
    JsonbException refused = assertThrows(JsonbException.class, () -> referral(backPain));
    assertEquals("backPain", UnreadableBody.fieldNamedIn(refused));
    assertEquals("A whole number from -2147483648 to 2147483647 is required here.",
        UnreadableBody.refusedValueIn(refused).getMessage());
  }

  @Test
  void keepsWholeNumbersAndNulls() {
    assertEquals(5, referral("5").backPain());
    assertEquals(5, referral("5.0").backPain());
    assertEquals(null, referral("null").backPain());
  }

  @Test
  void refusesABlocksPainRatingThatWouldWrap() {
    JsonbException refused = assertThrows(JsonbException.class,
        () -> ApiJson.binding().fromJson("{\"preNrs\": 4294967303}", BlockDto.class));
    assertEquals("preNrs", UnreadableBody.fieldNamedIn(refused));
  }

  @Test
  void checksNumbersInsideMapsAndLists() {
    assertThrows(JsonbException.class,
        () -> ApiJson.binding().fromJson("{\"postNrs\": {\"MIN_30\": 2.5}}", BlockDto.class));
    BlockDto block = ApiJson.binding().fromJson(
        "{\"postNrs\": {\"MIN_30\": 2}, \"complications\": [\"NONE\"]}", BlockDto.class);
    assertEquals(Map.of("MIN_30", 2), block.postNrs());
    assertEquals(List.of("NONE"), block.complications());
  }

  @Test
  void refusesTheNulCharacterInText() {
    JsonbException refused = assertThrows(JsonbException.class,
        () -> ApiJson.binding().fromJson("{\"questionDetail\": \"a\\u0000b\"}", ReferralInputDto.class));
    assertEquals("questionDetail", UnreadableBody.fieldNamedIn(refused));
    assertEquals(StrictValues.NUL, UnreadableBody.refusedValueIn(refused).getMessage());
    assertThrows(JsonbException.class,
        () -> ApiJson.binding().fromJson("{\"complications\": [\"a\\u0000\"]}", BlockDto.class));
  }
}
