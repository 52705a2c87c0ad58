package com.scoredesk.appeal;

import static com.scoredesk.template.support.TestWorld.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.appeal.AppealQueries.AnomalyNode;
import com.scoredesk.appeal.AppealQueries.BuyerStatement;
import com.scoredesk.appeal.AppealQueries.ReviewFacts;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsNode;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.rules.DeliveryRoutes;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evidence found on crafted orders; the delivery deadline follows spec 5.2 with the shipped route table. */
class EvidenceFinderTest {

    private static final Instant NOW = at("2026-11-20 10:00:00");
    private final DeliveryRoutes routes =
            RuleSetRegistry.standard().inForce(LocalDate.of(2026, 11, 20)).delivery();
    private final AppealProperties properties = new AppealProperties(
            200, 5, 2, List.of("快递", "物流", "派送", "快递员", "包裹"), List.of("质量", "面料", "尺码", "裙子", "商品"));
    private final EvidenceFinder finder = new EvidenceFinder(properties);

    @Test
    void a_transit_timeout_on_the_trace_is_evidence_with_its_node_and_time_and_suggests_a_logistics_appeal() {
        ReviewFacts review = review("2026-11-10 09:00:00", null, "2026-11-13 12:00:00", "浙江", "上海", "很差");
        AnomalyNode timeout = new AnomalyNode(
                at("2026-11-11 02:00:00"), LogisticsNode.IN_TRANSIT, LogisticsAnomaly.TRANSIT_TIMEOUT, "杭州转运中心 中转超时");

        List<AppealEvidence> evidence = find(review, List.of(timeout), List.of(), List.of());

        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.LOGISTICS_ANOMALY);
            assertThat(e.code()).isEqualTo("transit_timeout");
            assertThat(e.detail()).isEqualTo("in_transit");
            assertThat(e.at()).isEqualTo(at("2026-11-11 02:00:00"));
        });
        assertThat(EvidenceFinder.suggestedReason(evidence)).isEqualTo(AppealReason.LOGISTICS_ANOMALY);
        assertThat(AppealWriter.phrase(evidence.getFirst())).isEqualTo("11月11日 02:00 中转超时（杭州转运中心 中转超时）");
    }

    @ParameterizedTest(name = "{0}→{1}, picked up {2}: due {3}")
    @CsvSource(
            textBlock =
                    """
            浙江, 浙江, 2026-11-01 13:00:00, 2026-11-03 23:59:59
            浙江, 上海, 2026-11-01 13:00:00, 2026-11-05 23:59:59
            浙江, 新疆维吾尔自治区, 2026-11-01 13:00:00, 2026-11-07 23:59:59
            ,   , 2026-11-01 23:30:00, 2026-11-05 23:59:59
            """)
    void the_delivery_deadline_counts_natural_days_after_the_pickup_day_by_route(
            @Nullable String from, @Nullable String to, String pickedUp, String due) {
        ReviewFacts review = review(pickedUp, null, null, from, to, "");

        assertThat(EvidenceFinder.deliveryDeadline(review, routes)).isEqualTo(at(due));
    }

    @Test
    void the_platforms_own_delivery_deadline_wins_over_the_route_table() {
        ReviewFacts review = review("2026-11-01 13:00:00", "2026-11-02 12:00:00", null, "浙江", "上海", "");

        assertThat(EvidenceFinder.deliveryDeadline(review, routes)).isEqualTo(at("2026-11-02 12:00:00"));
    }

    @Test
    void a_parcel_signed_after_its_deadline_or_still_out_after_it_was_delivered_late() {
        ReviewFacts signedLate = review("2026-11-01 13:00:00", null, "2026-11-06 08:00:00", "浙江", "上海", "");
        ReviewFacts signedInTime = review("2026-11-01 13:00:00", null, "2026-11-05 23:59:59", "浙江", "上海", "");
        ReviewFacts stillOut = review("2026-11-10 13:00:00", null, null, "浙江", "上海", "");
        ReviewFacts neverPickedUp = review(null, null, null, "浙江", "上海", "");

        assertThat(find(signedLate, List.of(), List.of(), List.of()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(EvidenceKind.LATE_DELIVERY);
                    assertThat(e.at()).isEqualTo(at("2026-11-05 23:59:59"));
                    assertThat(e.until()).isEqualTo(at("2026-11-06 08:00:00"));
                });
        assertThat(find(signedInTime, List.of(), List.of(), List.of())).isEmpty();
        assertThat(find(stillOut, List.of(), List.of(), List.of()))
                .extracting(AppealEvidence::kind)
                .containsExactly(EvidenceKind.LATE_DELIVERY);
        assertThat(find(neverPickedUp, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void a_force_majeure_record_of_the_destination_overlapping_the_transit_counts_and_others_do_not() {
        ReviewFacts review = review("2026-11-03 13:00:00", null, "2026-11-05 10:00:00", "浙江", "新疆", "");
        ForceMajeure snow = forceMajeure("新疆", "2026-11-04", "2026-11-08");
        ForceMajeure elsewhere = forceMajeure("西藏", "2026-11-04", "2026-11-08");
        ForceMajeure before = forceMajeure("新疆", "2026-10-20", "2026-11-02");

        List<AppealEvidence> evidence = find(review, List.of(), List.of(), List.of(snow, elsewhere, before));

        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.FORCE_MAJEURE);
            assertThat(e.code()).isEqualTo("新疆");
            assertThat(e.text()).isEqualTo("暴雪封路");
            assertThat(e.detail()).isEqualTo("GOVERNMENT_NOTICE");
        });
        assertThat(EvidenceFinder.suggestedReason(evidence)).isEqualTo(AppealReason.FORCE_MAJEURE);
    }

    @Test
    void a_review_only_about_the_courier_is_unrelated_to_the_product_and_one_about_the_product_is_not() {
        ReviewFacts courierOnly = review("2026-11-10 13:00:00", null, "2026-11-11 10:00:00", "浙江", "上海", "快递员态度太差了");
        ReviewFacts aboutProduct = review("2026-11-10 13:00:00", null, "2026-11-11 10:00:00", "浙江", "上海", "快递慢，裙子质量也差");

        assertThat(find(courierOnly, List.of(), List.of(), List.of()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(EvidenceKind.UNRELATED_TEXT);
                    assertThat(e.text()).isEqualTo("快递、快递员");
                });
        assertThat(find(aboutProduct, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void abusive_text_and_the_buyers_own_words_are_evidence_and_the_strongest_reason_is_suggested() {
        ReviewFacts review = review("2026-11-10 13:00:00", null, "2026-11-11 10:00:00", "浙江", "上海", "垃圾店");
        BuyerStatement words = new BuyerStatement(at("2026-11-12 09:00:00"), ReasonCategory.NO_REASON, "拍错了，不想要了");

        List<AppealEvidence> evidence =
                finder.find(review, List.of(), List.of(words), List.of(), List.of("辱骂买家"), routes, NOW);

        assertThat(evidence)
                .extracting(AppealEvidence::kind)
                .containsExactly(EvidenceKind.ABUSIVE_TEXT, EvidenceKind.BUYER_WORDS);
        assertThat(EvidenceFinder.suggestedReason(evidence)).isEqualTo(AppealReason.ABUSIVE_REVIEW);
        assertThat(AppealWriter.phrase(evidence.getFirst())).doesNotContain("垃圾");
    }

    @Test
    void without_evidence_the_suggested_reason_is_other() {
        assertThat(EvidenceFinder.suggestedReason(List.of())).isEqualTo(AppealReason.OTHER);
    }

    @Test
    void a_draft_lists_as_much_evidence_as_fits_the_character_limit() {
        List<String> phrases = List.of("第一条证据".repeat(3), "第二条证据".repeat(3), "第三条证据".repeat(3));

        String text = AppealWriter.fit(evidence -> "申诉：" + evidence + "。", phrases, 40);

        assertThat(AppealWriter.length(text)).isLessThanOrEqualTo(40);
        assertThat(text).contains("第二条证据").doesNotContain("第三条证据");
        assertThat(AppealWriter.fit(evidence -> "很长的模板".repeat(20) + evidence, phrases, 40))
                .hasSize(40)
                .endsWith("…");
    }

    @Test
    void attachments_follow_the_evidence_and_stop_at_the_image_limit() {
        List<AppealEvidence> evidence = List.of(
                new AppealEvidence(
                        EvidenceKind.LOGISTICS_ANOMALY, at("2026-11-11 02:00:00"), null, "transit_timeout", null, null),
                new AppealEvidence(EvidenceKind.LATE_DELIVERY, at("2026-11-12 23:59:59"), null, null, null, null),
                new AppealEvidence(EvidenceKind.BUYER_WORDS, null, null, "no_reason", "不想要了", null));

        assertThat(AppealWriter.attachments(evidence, 5))
                .containsExactly("物流轨迹截图（中转超时 11月11日 02:00）", "快递网点盖章证明", "物流轨迹截图（揽收与签收时间）", "售后申请截图");
        assertThat(AppealWriter.attachments(evidence, 2)).hasSize(2);
    }

    private List<AppealEvidence> find(
            ReviewFacts review, List<AnomalyNode> anomalies, List<BuyerStatement> words, List<ForceMajeure> events) {
        return finder.find(review, anomalies, words, events, List.of(), routes, NOW);
    }

    private static ForceMajeure forceMajeure(String province, String from, String to) {
        return new ForceMajeure(
                province,
                LocalDate.parse(from),
                LocalDate.parse(to),
                "暴雪封路",
                ForceMajeureProof.GOVERNMENT_NOTICE,
                1L,
                NOW);
    }

    private static ReviewFacts review(
            @Nullable String pickedUp,
            @Nullable String due,
            @Nullable String signed,
            @Nullable String from,
            @Nullable String to,
            String text) {
        return new ReviewFacts(
                1L,
                "R1",
                "O1",
                at("2026-11-15 10:00:00"),
                1,
                text,
                false,
                AppealStatus.NONE,
                "小红",
                "真丝连衣裙",
                "中通快递",
                "ZT1",
                from,
                to,
                at("2026-10-31 20:00:00"),
                pickedUp == null ? null : at(pickedUp),
                due == null ? null : at(due),
                signed == null ? null : at(signed),
                false,
                null,
                0);
    }
}
