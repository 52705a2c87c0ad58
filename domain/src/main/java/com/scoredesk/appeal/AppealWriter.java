package com.scoredesk.appeal;

import com.scoredesk.scoring.model.Coded;
import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.template.TemplateWording;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Writes evidence the way an appeal to the platform states it (in Chinese, whatever the agent's UI language), and
 * fits a draft into the platform's character limit by listing as much evidence as fits.
 */
final class AppealWriter {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("M月d日").withZone(EvidenceFinder.SHANGHAI);
    private static final String SEPARATOR = "；";

    private AppealWriter() {}

    static String phrase(AppealEvidence e) {
        return switch (e.kind()) {
            case LOGISTICS_ANOMALY ->
                TemplateWording.dateTime(e.at()) + " " + anomaly(e.code())
                        + (e.text() == null || e.text().isBlank() || e.text().equals(anomaly(e.code()))
                                ? ""
                                : "（" + shorten(e.text(), 16) + "）");
            case TRACE_COMPENSATION -> "平台已判定物流轨迹异常并赔付";
            case LATE_DELIVERY ->
                "应于" + TemplateWording.dateTime(e.at()) + "前送达，"
                        + (e.until() == null ? "至今未签收" : "实际" + TemplateWording.dateTime(e.until()) + "签收");
            case FORCE_MAJEURE -> e.code() + day(e.at()) + "至" + day(e.until()) + shorten(e.text(), 20);
            case BUYER_WORDS -> "买家售后申请称“" + shorten(e.text(), 20) + "”";
            case ABUSIVE_TEXT -> "评价含辱骂、人身攻击用语";
            case UNRELATED_TEXT -> "评价只涉及" + e.text() + "，未提及商品本身";
        };
    }

    /** The evidence images to attach, one per kind of proof, at most {@code max}. */
    static List<String> attachments(List<AppealEvidence> evidence, int max) {
        Set<String> images = new LinkedHashSet<>();
        for (AppealEvidence e : evidence) {
            switch (e.kind()) {
                case LOGISTICS_ANOMALY -> {
                    images.add("物流轨迹截图（" + anomaly(e.code()) + " " + TemplateWording.dateTime(e.at()) + "）");
                    images.add("快递网点盖章证明");
                }
                case TRACE_COMPENSATION -> images.add("物流异常赔付记录截图");
                case LATE_DELIVERY -> images.add("物流轨迹截图（揽收与签收时间）");
                case FORCE_MAJEURE ->
                    images.add(proof(e.detail()) + "（" + e.code() + " " + day(e.at()) + "至" + day(e.until()) + "）");
                case BUYER_WORDS -> images.add("售后申请截图");
                case ABUSIVE_TEXT, UNRELATED_TEXT -> images.add("评价截图");
            }
        }
        return images.stream().limit(Math.max(0, max)).toList();
    }

    /**
     * The longest draft within {@code maxCharacters}: {@code render} fills the template with an evidence list, and
     * evidence phrases are added in order while the text fits. A draft that does not fit even with one phrase is cut.
     */
    static String fit(UnaryOperator<String> render, List<String> phrases, int maxCharacters) {
        List<String> listed = new ArrayList<>();
        String best = render.apply(phrases.isEmpty() ? "见附件截图" : phrases.getFirst());
        for (String phrase : phrases) {
            listed.add(phrase);
            String candidate = render.apply(String.join(SEPARATOR, listed));
            if (length(candidate) > maxCharacters) {
                break;
            }
            best = candidate;
        }
        return length(best) <= maxCharacters ? best : cut(best, maxCharacters);
    }

    /** Characters as the platform counts them: one per Chinese character, letter or sign. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String cut(String text, int maxCharacters) {
        int end = text.offsetByCodePoints(0, Math.max(0, maxCharacters - 1));
        return text.substring(0, end) + "…";
    }

    static String anomaly(@Nullable String code) {
        if (code == null) {
            return "物流异常";
        }
        return Coded.parse(LogisticsAnomaly.class, code)
                .map(anomaly -> switch (anomaly) {
                    case SHIPMENT_ANOMALY -> "发运异常";
                    case TRANSIT_TIMEOUT -> "中转超时";
                    case DELIVERY_ANOMALY -> "异常派件";
                    case NO_SORTING_48H -> "揽收后48小时无分拨记录";
                    case LOST -> "丢件";
                })
                .orElse("物流异常");
    }

    private static String proof(@Nullable String proof) {
        if (proof == null) {
            return "证明材料";
        }
        return switch (ForceMajeureProof.valueOf(proof)) {
            case NEWS_REPORT -> "新闻报道截图";
            case COURIER_CERTIFICATE -> "快递网点盖章证明";
            case GOVERNMENT_NOTICE -> "政府通知";
            case FIRE_BRIGADE_RECORD -> "消防部门记录";
            case POWER_CUT_NOTICE -> "停电通知";
        };
    }

    private static String day(@Nullable Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    private static String shorten(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        return length(t) <= max ? t : t.substring(0, t.offsetByCodePoints(0, max - 1)) + "…";
    }
}
