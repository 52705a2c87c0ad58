package com.scoredesk.scoring.output;

import com.scoredesk.scoring.rules.Label;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chinese and English names of dimensions, indicators, growth checks, bonuses and violation kinds (from the
 * contract's tables), and the texts of the table rendering. Immutable and thread-safe.
 */
public final class Labels {

    private static final Labels STANDARD = load();

    private final Map<String, Map<String, Label>> groups;
    private final Map<String, String> units;

    private Labels(Map<String, Map<String, Label>> groups, Map<String, String> units) {
        this.groups = groups;
        this.units = units;
    }

    public static Labels standard() {
        return STANDARD;
    }

    private static Labels load() {
        try (InputStream in = Labels.class.getResourceAsStream("labels.json")) {
            if (in == null) {
                throw new IllegalStateException("labels.json is missing");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Map<String, Label>> groups = new HashMap<>();
            for (String group :
                    new String[] {"dimensions", "indicators", "growthChecks", "bonuses", "violations", "text"}) {
                Map<String, Label> labels = new HashMap<>();
                for (Map.Entry<String, JsonNode> e : root.get(group).properties()) {
                    labels.put(
                            e.getKey(),
                            new Label(
                                    e.getValue().get("zh").asString(),
                                    e.getValue().get("en").asString()));
                }
                groups.put(group, Map.copyOf(labels));
            }
            Map<String, String> units = new HashMap<>();
            for (Map.Entry<String, JsonNode> e : root.get("units").properties()) {
                units.put(e.getKey(), e.getValue().asString());
            }
            return new Labels(Map.copyOf(groups), Map.copyOf(units));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Label get(String group, String id) {
        Label label = groups.get(group).get(id);
        return label != null ? label : new Label(id, id);
    }

    public Label dimension(String id) {
        return get("dimensions", id);
    }

    public Label indicator(String id) {
        return get("indicators", id);
    }

    public Label growthCheck(String id) {
        return get("growthChecks", id);
    }

    public Label bonus(String id) {
        return get("bonuses", id);
    }

    /** A violation kind by its code ({@code fake_orders}). */
    public Label violation(String code) {
        return get("violations", code);
    }

    /** A text of the table rendering. */
    public Label text(String key) {
        return get("text", key);
    }

    /**
     * How an indicator's or check's value reads: {@code rate}, {@code hours}, {@code seconds}, {@code stars},
     * {@code points} or {@code count}.
     */
    public String unit(String id) {
        return units.getOrDefault(id, "points");
    }
}
