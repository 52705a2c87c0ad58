package com.scoredesk.scoring;

import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares a JSON answer with an expected one: the same members in the same order, integers and totals equal,
 * other numbers equal to 1e-9 relative.
 */
public final class JsonAssert {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private JsonAssert() {}

    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    public static void assertJsonMatches(String actual, String expected) {
        List<String> problems = new ArrayList<>();
        compare("$", parse(actual), parse(expected), problems);
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\n--- actual:\n" + actual);
        }
    }

    private static void compare(String path, JsonNode actual, JsonNode expected, List<String> problems) {
        if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + ": expected an object, got " + actual);
                return;
            }
            List<String> expectedKeys = new ArrayList<>(expected.propertyNames());
            List<String> actualKeys = new ArrayList<>(actual.propertyNames());
            if (!expectedKeys.equals(actualKeys)) {
                problems.add(path + ": members " + actualKeys + ", expected " + expectedKeys);
            }
            for (String key : expectedKeys) {
                if (actual.has(key)) {
                    compare(path + "." + key, actual.get(key), expected.get(key), problems);
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + ": expected " + expected.size() + " elements, got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", actual.get(i), expected.get(i), problems);
            }
        } else if (expected.isNumber()) {
            if (!actual.isNumber()) {
                problems.add(path + ": expected " + expected + ", got " + actual);
                return;
            }
            BigDecimal e = expected.decimalValue();
            BigDecimal a = actual.decimalValue();
            boolean exact = expected.isIntegralNumber() || path.endsWith(".total");
            if (exact) {
                if (a.compareTo(e) != 0) {
                    problems.add(path + ": " + a + " != " + e);
                }
            } else {
                double ed = e.doubleValue();
                double ad = a.doubleValue();
                double tolerance = 1e-9 * Math.max(1, Math.abs(ed));
                if (Math.abs(ad - ed) > tolerance) {
                    problems.add(path + ": " + a + " != " + e);
                }
            }
        } else if (!actual.equals(expected)) {
            problems.add(path + ": " + actual + " != " + expected);
        }
    }
}
