package dev.lakeroute.dblocal.controlplane.resources.engine;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lakeroute.dblocal.http.ApiException;
import dev.lakeroute.dblocal.http.ApiRequest;
import dev.lakeroute.dblocal.http.Json;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * How a list operation pages, and the answer it builds for one page.
 *
 * @param sizeParam           {@code page_size}, {@code max_results}, {@code limit} or {@code count}
 * @param defaultSize         the page size when the client gives none (or 0, which Databricks reads as "you choose")
 * @param maxSize             larger requests are served this many per page
 * @param unboundedWhenAbsent whether no size at all means "everything" (Unity Catalog's legacy behaviour)
 * @param hasMoreField        an extra boolean telling whether another page exists (query history's {@code has_next_page})
 */
public record Pagination(PageStyle style, String sizeParam, int defaultSize, int maxSize, boolean unboundedWhenAbsent,
                         String hasMoreField) {
    private static final String SCIM_LIST = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

    public static Pagination none() {
        return new Pagination(PageStyle.NONE, null, Integer.MAX_VALUE, Integer.MAX_VALUE, true, null);
    }

    public static Pagination tokens(String sizeParam, int defaultSize, int maxSize) {
        return new Pagination(PageStyle.TOKEN, sizeParam, defaultSize, maxSize, false, null);
    }

    public static Pagination offsets(int defaultSize, int maxSize) {
        return new Pagination(PageStyle.OFFSET, "limit", defaultSize, maxSize, false, null);
    }

    public static Pagination scim(int maxSize) {
        return new Pagination(PageStyle.SCIM, "count", maxSize, maxSize, false, null);
    }

    public Pagination allWhenNoSizeGiven() {
        return new Pagination(style, sizeParam, defaultSize, maxSize, true, hasMoreField);
    }

    public Pagination withHasMoreField(String field) {
        return new Pagination(style, sizeParam, defaultSize, maxSize, unboundedWhenAbsent, field);
    }

    /** The answer for the page the request asks for, with the items under {@code listField}. */
    public ObjectNode page(List<ObjectNode> items, String listField, ApiRequest request) {
        return switch (style) {
            case NONE -> slice(items, listField, 0, items.size());
            case TOKEN -> tokenPage(items, listField, request);
            case OFFSET -> offsetPage(items, listField, request);
            case SCIM -> scimPage(items, listField, request);
        };
    }

    private ObjectNode tokenPage(List<ObjectNode> items, String listField, ApiRequest request) {
        int start = request.string("page_token").filter(token -> !token.isEmpty()).map(Pagination::decodeToken).orElse(0);
        int size = size(request);
        int end = (int) Math.min((long) start + size, items.size());
        ObjectNode reply = slice(items, listField, start, end);
        boolean more = end < items.size();
        if (more) {
            reply.put("next_page_token", encodeToken(end));
        }
        if (hasMoreField != null) {
            reply.put(hasMoreField, more);
        }
        return reply;
    }

    private ObjectNode offsetPage(List<ObjectNode> items, String listField, ApiRequest request) {
        long offset = request.longValue("offset").orElse(0L);
        if (offset < 0) {
            throw ApiException.invalidParameter("offset must be non-negative, was " + offset);
        }
        int start = (int) Math.min(offset, items.size());
        int end = (int) Math.min((long) start + size(request), items.size());
        ObjectNode reply = slice(items, listField, start, end);
        reply.put("has_more", end < items.size());
        return reply;
    }

    private ObjectNode scimPage(List<ObjectNode> items, String listField, ApiRequest request) {
        long startIndex = Math.max(1, request.longValue("startIndex").orElse(1L));
        long count = request.longValue("count").orElse((long) maxSize);
        if (count < 0) {
            throw ApiException.invalidParameter("count must be non-negative, was " + count);
        }
        int start = (int) Math.min(startIndex - 1, items.size());
        int end = (int) Math.min(start + Math.min(count, maxSize), items.size());
        ObjectNode reply = Json.object();
        reply.set("schemas", Json.array().add(SCIM_LIST));
        reply.put("totalResults", items.size());
        reply.put("startIndex", startIndex);
        reply.put("itemsPerPage", end - start);
        ArrayNode resources = reply.putArray(listField);
        items.subList(start, end).forEach(resources::add);
        return reply;
    }

    private int size(ApiRequest request) {
        Long requested = sizeParam == null ? null : request.longValue(sizeParam).orElse(null);
        if (requested == null) {
            return unboundedWhenAbsent ? Integer.MAX_VALUE : defaultSize;
        }
        if (requested < 0) {
            throw ApiException.invalidParameter(sizeParam + " must be non-negative, was " + requested);
        }
        if (requested == 0) {
            return defaultSize;
        }
        return (int) Math.min(requested, maxSize);
    }

    private static ObjectNode slice(List<ObjectNode> items, String listField, int start, int end) {
        ObjectNode reply = Json.object();
        ArrayNode page = reply.putArray(listField);
        items.subList(start, end).forEach(page::add);
        return reply;
    }

    /** Tokens are opaque to clients; inside they are the offset of the next page. */
    static String encodeToken(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decodeToken(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith("offset:")) {
                int offset = Integer.parseInt(decoded.substring("offset:".length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // Falls through to the error below: a token we did not issue.
        }
        throw ApiException.invalidParameter("Invalid page_token: '" + token + "' was not returned by a previous list call");
    }
}
