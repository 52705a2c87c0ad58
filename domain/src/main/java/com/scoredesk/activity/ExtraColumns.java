package com.scoredesk.activity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export columns kept for display, stored as a JSON object in a text column: they differ per export and are never
 * queried, so a column each would be wasted schema. Plain text (not a JSON type) runs on H2 and PostgreSQL alike.
 */
final class ExtraColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    private ExtraColumns() {}

    static @Nullable String toJson(Map<String, String> columns) {
        return columns.isEmpty() ? null : JSON.writeValueAsString(new TreeMap<>(columns));
    }

    static Map<String, String> fromJson(@Nullable String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
    }
}
