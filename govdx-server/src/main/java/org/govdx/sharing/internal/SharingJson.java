package org.govdx.sharing.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Column codecs: lists as comma-separated codes, maps and free lists as JSON text. */
@Component
class SharingJson {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };
    private final JsonMapper json;

    SharingJson(JsonMapper json) {
        this.json = json;
    }

    String map(Map<String, String> value) {
        return value == null || value.isEmpty() ? null : json.writeValueAsString(value);
    }

    Map<String, String> map(String text) {
        return text == null || text.isBlank() ? Map.of() : json.readValue(text, MAP);
    }

    String list(List<String> value) {
        return value == null || value.isEmpty() ? null : json.writeValueAsString(value);
    }

    List<String> list(String text) {
        return text == null || text.isBlank() ? List.of() : json.readValue(text, LIST);
    }

    static String codes(List<?> codes) {
        return String.join(",", codes.stream().map(String::valueOf).toList());
    }

    static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }
}
