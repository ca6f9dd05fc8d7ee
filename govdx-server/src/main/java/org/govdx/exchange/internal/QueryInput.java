package org.govdx.exchange.internal;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the caller asked for, before it is checked against the grant: equality parameters (GET) or
 * a JSON filter (POST), sorting, and the page.
 */
record QueryInput(Map<String, String> equalities, JsonNode filter, JsonNode sortJson, List<String> sortParams,
                  Integer page, Integer size) {
}
