package com.scoredesk.scoring;

import com.scoredesk.scoring.bundle.Bundle;
import com.scoredesk.scoring.bundle.BundleReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The example bundles of the contract, copied into the test resources (so the tests need nothing outside). */
public final class Examples {

    private Examples() {}

    /** One row of {@code cases.json}. */
    public record Case(String name, Path bundle, String asOf, @Nullable String ruleSet, Path expected) {
        @Override
        public String toString() {
            return name;
        }

        public String expectedJson() {
            try {
                return Files.readString(expected, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static Path dir() {
        try {
            return Path.of(Examples.class.getResource("/examples/cases.json").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Case> cases() {
        try {
            Path dir = dir();
            JsonNode cases = JsonAssert.parse(Files.readString(dir.resolve("cases.json"), StandardCharsets.UTF_8));
            List<Case> list = new ArrayList<>();
            for (JsonNode c : cases) {
                list.add(new Case(
                        c.get("name").asString(),
                        dir.resolve(c.get("bundle").asString()),
                        c.get("asOf").asString(),
                        c.get("ruleSet").isNull() ? null : c.get("ruleSet").asString(),
                        dir.resolve(c.get("expected").asString())));
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Bundle read(String bundleName) {
        try {
            return new BundleReader().read(dir().resolve(bundleName));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
