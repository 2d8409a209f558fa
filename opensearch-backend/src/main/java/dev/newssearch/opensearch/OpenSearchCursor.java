package dev.newssearch.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newssearch.search.InvalidRequestException;
import dev.newssearch.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.opensearch.client.opensearch._types.FieldValue;

/**
 * Where a page of OpenSearch hits ended: the sort values of the last hit ({@code search_after}) and
 * the concrete index they belong to. The next page searches that index, not the alias, so a reindex
 * in between makes the cursor stale (its index is deleted) instead of skipping or repeating hits.
 * Clients see an opaque URL-safe string, as the embedded backend's cursors.
 *
 * @param index the concrete index the page came from
 * @param sort the order it belongs to
 * @param after the last hit's sort values
 */
record OpenSearchCursor(String index, SearchRequest.SortOrder sort, List<FieldValue> after) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VERSION = "o1";

  /** The opaque text of this cursor. */
  String encode() {
    ObjectNode node = JSON.createObjectNode().put("v", VERSION).put("i", index).put("s", sort.name());
    ArrayNode values = node.putArray("a");
    for (FieldValue value : after) {
      if (value.isLong()) {
        values.add(value.longValue());
      } else if (value.isDouble()) {
        values.add(value.doubleValue());
      } else if (value.isString()) {
        values.add(value.stringValue());
      } else {
        values.addNull();
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor given by a client and checks it belongs to a search in {@code sort}.
   *
   * @throws InvalidRequestException {@code bad_cursor} when it is not one of ours, {@code stale_cursor}
   *     when it was made for another order
   */
  static OpenSearchCursor decode(String text, SearchRequest.SortOrder sort) {
    JsonNode node;
    try {
      node = JSON.readTree(Base64.getUrlDecoder().decode(text.strip()));
    } catch (IllegalArgumentException | IOException e) {
      throw bad();
    }
    if (node == null || !VERSION.equals(node.path("v").asText()) || !node.path("i").isTextual() || !node.path("a").isArray()) {
      throw bad();
    }
    SearchRequest.SortOrder made;
    try {
      made = SearchRequest.SortOrder.valueOf(node.path("s").asText());
    } catch (IllegalArgumentException e) {
      throw bad();
    }
    if (made != sort) {
      throw new InvalidRequestException("stale_cursor",
          "the cursor was made for sort=" + made.name().toLowerCase(Locale.ROOT) + "; keep the sort while paging", null);
    }
    List<FieldValue> after = new ArrayList<>();
    for (JsonNode value : node.path("a")) {
      if (value.isIntegralNumber()) {
        after.add(FieldValue.of(value.asLong()));
      } else if (value.isNumber()) {
        after.add(FieldValue.of(value.asDouble()));
      } else if (value.isTextual()) {
        after.add(FieldValue.of(value.asText()));
      } else {
        throw bad();
      }
    }
    return new OpenSearchCursor(node.path("i").asText(), made, after);
  }

  /** The answer to a cursor whose index is gone: the index was rebuilt since. */
  InvalidRequestException stale() {
    return new InvalidRequestException("stale_cursor",
        "the cursor belongs to index " + index + ", which is no longer live (the index was rebuilt); start again from the first page", null);
  }

  private static InvalidRequestException bad() {
    return new InvalidRequestException("bad_cursor", "cursor is not a cursor this server gave out", null);
  }
}
