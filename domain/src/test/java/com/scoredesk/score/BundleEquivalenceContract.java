package com.scoredesk.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.activity.ActivityBatches;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.scoring.bundle.Bundle;
import com.scoredesk.scoring.bundle.BundleReader;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopType;
import com.scoredesk.testing.DomainSlice;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spec's example bundles, stored in the database and scored from there, score exactly as the bundle reader's
 * data does: the loader picks every row the score needs, and the tables keep every field the score reads.
 */
@DomainSlice
abstract class BundleEquivalenceContract {

    /** The copy of the spec's examples that the scoring module tests with. */
    static final Path EXAMPLES = Path.of("../scoring/src/test/resources/examples");

    @Autowired
    TestEntityManager em;

    @Autowired
    ShopActivityService activity;

    @Autowired
    ShopScoreService scores;

    @Autowired
    RuleSetRegistry ruleSets;

    @Autowired
    ExperienceScoreCalculator calculator;

    static Stream<Arguments> cases() throws IOException {
        JsonNode cases = JsonMapper.builder().build().readTree(Files.readString(EXAMPLES.resolve("cases.json")));
        return cases.valueStream()
                .map(c -> Arguments.of(
                        c.get("name").asString(),
                        c.get("bundle").asString(),
                        LocalDate.parse(c.get("asOf").asString()),
                        c.get("ruleSet").isNull() ? null : c.get("ruleSet").asString(),
                        c.get("expected").asString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_bundle_stored_in_the_database_scores_exactly_like_the_bundle(
            String name, String bundleName, LocalDate asOf, @Nullable String ruleSetId, String expectedFile)
            throws Exception {
        Bundle bundle = new BundleReader().read(EXAMPLES.resolve(bundleName));
        ShopData data = bundle.data();
        long shopId = store(data);

        ScoreResult fromDatabase = scores.scoreUnchecked(shopId, asOf, ruleSetId);
        ScoreResult fromBundle = calculator.score(data, asOf, ruleSets, ruleSetId);

        assertThat(fromDatabase).isEqualTo(fromBundle);
        JsonNode expected = JsonMapper.builder().build().readTree(Files.readString(EXAMPLES.resolve(expectedFile)));
        assertThat(fromDatabase.stage().code()).isEqualTo(expected.get("stage").asString());
        if (!expected.get("total").isNull()) {
            assertThat(fromDatabase.total())
                    .isEqualByComparingTo(new BigDecimal(expected.get("total").asString()));
        }
    }

    private long store(ShopData data) {
        var s = data.shop();
        Shop shop = new Shop(
                s.shopId(),
                s.name(),
                s.industry(),
                ShopType.valueOf(s.shopType().name()));
        shop.describe(
                s.name(),
                s.industry(),
                ShopType.valueOf(s.shopType().name()),
                s.openedOn(),
                s.remoteLogisticsService(),
                s.freightInsuranceEnabled());
        long shopId = Objects.requireNonNull(em.persistAndFlush(shop).getId());
        activity.insertUnchecked(shopId, ActivityBatches.fromShopData(data));
        return shopId;
    }
}
