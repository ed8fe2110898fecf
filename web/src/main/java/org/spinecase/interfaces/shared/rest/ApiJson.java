package org.spinecase.interfaces.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON binding of the API, for request bodies read by the JAX-RS runtime and for bodies a
 * resource binds itself (a workup section, whose type depends on the path): whole numbers and
 * texts are read strictly ({@link StrictValues}), so a value is never wrapped or truncated into a
 * clinical value and a NUL character never reaches the database.
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withDeserializers(
                  new StrictValues.Integers(), new StrictValues.Longs(), new StrictValues.Texts()));

  /** The strict binding, for a resource that binds a body itself. */
  public static Jsonb binding() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
