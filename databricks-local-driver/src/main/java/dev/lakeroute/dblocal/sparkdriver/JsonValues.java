package dev.lakeroute.dblocal.sparkdriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Java and Scala values as JSON and back, for task values: only what JSON can say (null, strings,
 * booleans, finite numbers, lists, maps with string keys) is accepted, so a value reads back downstream
 * as it was set, as on Databricks.
 */
final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    /** @throws IllegalArgumentException naming the part that JSON cannot represent */
    static JsonNode toJson(Object value) {
        if (value == null || value == scala.None$.MODULE$) {
            return NODES.nullNode();
        }
        if (value instanceof scala.Some<?> some) {
            return toJson(some.get());
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException(d + " is not a JSON number");
            }
            return NODES.numberNode(d);
        }
        if (value instanceof BigInteger big) {
            return NODES.numberNode(big);
        }
        if (value instanceof BigDecimal big) {
            return NODES.numberNode(big);
        }
        if (value instanceof scala.math.BigDecimal big) {
            return NODES.numberNode(big.bigDecimal());
        }
        if (value instanceof scala.math.BigInt big) {
            return NODES.numberNode(big.bigInteger());
        }
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<Object, Object>> entries = new ArrayList<>();
            map.forEach((key, item) -> entries.add(new AbstractMap.SimpleEntry<>(key, item)));
            return object(entries);
        }
        if (value instanceof scala.collection.Map<?, ?> map) {
            List<Map.Entry<Object, Object>> entries = new ArrayList<>();
            scala.collection.Iterator<? extends scala.Tuple2<?, ?>> pairs = map.iterator();
            while (pairs.hasNext()) {
                scala.Tuple2<?, ?> pair = pairs.next();
                entries.add(new AbstractMap.SimpleEntry<>(pair._1(), pair._2()));
            }
            return object(entries);
        }
        if (value instanceof Iterable<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof scala.collection.Iterable<?> items) {
            ArrayNode array = NODES.arrayNode();
            scala.collection.Iterator<?> each = items.iterator();
            while (each.hasNext()) {
                array.add(toJson(each.next()));
            }
            return array;
        }
        if (value.getClass().isArray()) {
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < Array.getLength(value); i++) {
                array.add(toJson(Array.get(value, i)));
            }
            return array;
        }
        throw new IllegalArgumentException("a " + value.getClass().getName() + " is not JSON");
    }

    private static ObjectNode object(Iterable<Map.Entry<Object, Object>> entries) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<Object, Object> entry : entries) {
            if (!(entry.getKey() instanceof CharSequence)) {
                throw new IllegalArgumentException("map key " + entry.getKey() + " is not a string");
            }
            object.set(entry.getKey().toString(), toJson(entry.getValue()));
        }
        return object;
    }

    /** JSON as plain Java: String, Boolean, Integer/Long/BigInteger, Double, List, Map, or null. */
    static Object toJava(JsonNode node) {
        return DriverJson.MAPPER.convertValue(node, Object.class);
    }
}
