package org.spinecase.infrastructure.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumMap;
import java.util.Map;
import org.spinecase.domain.model.workup.BlockComplication;
import org.spinecase.domain.model.workup.BlockTarget;
import org.spinecase.domain.model.workup.BlockType;
import org.spinecase.domain.model.workup.Concordance;
import org.spinecase.domain.model.workup.DiagnosticBlock;
import org.spinecase.domain.model.workup.Guidance;
import org.spinecase.domain.model.workup.Levels;
import org.spinecase.domain.model.workup.LocalAnaesthetic;
import org.spinecase.domain.model.workup.ReadingTime;
import org.spinecase.domain.model.workup.Sedation;
import org.spinecase.domain.model.workup.Side;

/**
 * One diagnostic block without its number: the number is the row's own column, so the JSON never
 * disagrees with it. Relief is never stored; the domain computes it from the ratings.
 */
final class BlockJson {

  private BlockJson() {}

  static JsonObjectBuilder write(DiagnosticBlock block) {
    JsonObjectBuilder json = Json.object();
    Json.put(json, "performedOn", block.performedOn());
    JsonObjectBuilder target = Json.object();
    Json.put(target, "type", block.target().type());
    if (block.target().levels() != null) {
      target.add("levels", block.target().levels().text());
    }
    Json.put(target, "side", block.target().side());
    json.add("target", target);
    Json.put(json, "guidance", block.guidance());
    Json.put(json, "agent", block.agent());
    Json.put(json, "volumeMl", block.volumeMl());
    Json.put(json, "sedation", block.sedation());
    json.add("preNrs", block.preNrs());
    JsonObjectBuilder post = Json.object();
    block.postNrs().forEach((time, score) -> post.add(time.name(), score));
    json.add("postNrs", post);
    Json.put(json, "reliefDurationHours", block.reliefDurationHours());
    Json.put(json, "concordance", block.concordance());
    json.add("complications", Json.names(block.complications()));
    return json;
  }

  static DiagnosticBlock read(long number, JsonObject json) {
    JsonObject target = json.getJsonObject("target");
    String levels = Json.string(target, "levels");
    Map<ReadingTime, Integer> post = new EnumMap<>(ReadingTime.class);
    if (Json.has(json, "postNrs")) {
      JsonObject ratings = json.getJsonObject("postNrs");
      ratings.keySet().forEach(time -> post.put(ReadingTime.valueOf(time), ratings.getInt(time)));
    }
    return new DiagnosticBlock(
        number,
        Json.date(json, "performedOn"),
        new BlockTarget(
            Json.enumValue(target, "type", BlockType.class),
            levels == null ? null : Levels.of(levels),
            Json.enumValue(target, "side", Side.class)),
        Json.enumValue(json, "guidance", Guidance.class),
        Json.enumValue(json, "agent", LocalAnaesthetic.class),
        Json.bigDecimal(json, "volumeMl"),
        Json.enumValue(json, "sedation", Sedation.class),
        json.getInt("preNrs"),
        post,
        Json.decimal(json, "reliefDurationHours"),
        Json.enumValue(json, "concordance", Concordance.class),
        Json.enumSet(json, "complications", BlockComplication.class));
  }
}
