package com.scoredesk.app.api;

import com.scoredesk.apitoken.ApiCaller;
import com.scoredesk.app.cli.ShopRefs;
import com.scoredesk.importing.EventResult;
import com.scoredesk.importing.ShopEvent;
import com.scoredesk.importing.ShopEventService;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.output.ScoreJson;
import com.scoredesk.scoring.rules.RuleSetException;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A shop's score and its event intake, for holders of the shop's API token. */
@RestController
@RequestMapping(path = "/api/v1/shops/{shopId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "shops", description = "A shop's experience score and its event intake")
@SecurityRequirement(name = OpenApiConfiguration.TOKEN)
class ShopApiController {

    private final ShopService shops;
    private final ShopScoreService scores;
    private final ShopEventService events;

    ShopApiController(ShopService shops, ShopScoreService scores, ShopEventService events) {
        this.shops = shops;
        this.scores = scores;
        this.events = events;
    }

    @GetMapping("/score")
    @Operation(
            summary = "The shop's experience score for a day",
            description = "The same JSON as `scoredesk score --shop ID --as-of DAY` (section 7 of the score"
                    + " contract): rule set, window, stage, total, what buyers see, dimensions with their"
                    + " indicators, bonuses, deductions and consequences. Events before asOf 00:00"
                    + " (Asia/Shanghai) count.")
    @ApiResponse(responseCode = "200", description = "the score")
    @ApiResponse(responseCode = "400", description = "a bad date, or no rule set for the day")
    @ApiResponse(responseCode = "401", description = "no valid token")
    @ApiResponse(responseCode = "403", description = "the token belongs to another shop")
    String score(
            @Parameter(description = "the shop's platform id (shop_id of shop.csv) or its ScoreDesk number")
                    @PathVariable
                    String shopId,
            @Parameter(description = "the day T to score, YYYY-MM-DD; default: today in Asia/Shanghai")
                    @RequestParam(required = false)
                    @Nullable
                    String asOf,
            @Parameter(description = "a rule set that overrides the shop's choice", example = "douyin-2026-09")
                    @RequestParam(required = false)
                    @Nullable
                    String ruleSet,
            @AuthenticationPrincipal ApiCaller caller) {
        ShopSummary shop = shopOf(shopId, caller);
        LocalDate day;
        try {
            day = asOf == null ? scores.today() : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, "asOf needs a date YYYY-MM-DD, got '" + asOf + "'");
        }
        try {
            return ScoreJson.toJson(scores.scoreUnchecked(shop.id(), day, ruleSet));
        } catch (RuleSetException e) {
            throw new ApiError(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
        }
    }

    @PostMapping(path = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Deliver events of the shop",
            description =
                    """
                    A JSON array of at most 1,000 events. Each has an `id` (unique per shop; a retried delivery \
                    with the same id is skipped, so delivering twice is safe), a `type`, the time `at` \
                    (`YYYY-MM-DD HH:MM:SS` in Asia/Shanghai, or ISO 8601 with an offset), and the fields of the \
                    bundle row it creates or changes, by their canonical column names. Types: `order.paid` \
                    (creates or updates an order: `order_id`, optional `amount_paid`, `is_gift`, \
                    `ship_to_province` …), `order.picked_up`, `order.signed` (`order_id`), `after_sale.applied` \
                    (`after_sale_id`, `order_id`, `after_sale_type` (the `type` column of after_sales.csv), optional `first_reason_category`, `reason_text`, \
                    `refund_amount` …), `after_sale.agreed`, `after_sale.refunded`, `after_sale.closed` \
                    (`after_sale_id`), `review.created` (`review_id`, `order_id`, `product_rating` …), \
                    `chat.round_started` (`session_id`, optional `order_id`, `buyer_id`; creates the session), \
                    `chat.round_answered` (`session_id`, `buyer_message_at` of the round), `escalation` \
                    (`escalation_id`, `order_id`, `kind`), `violation` (`violation_id`, `kind`). Every event is \
                    checked like a row of an imported file; a bad one is reported by index and id and does not \
                    stop the others. 200 when every event was applied or skipped as a duplicate, 422 when some \
                    were rejected (the others are applied).""",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            value =
                                                                    """
                                                                    [{"id":"evt-1001","type":"order.paid","at":"2026-11-20 10:15:00","order_id":"6921","amount_paid":"128.00","ship_to_province":"浙江"},
                                                                     {"id":"evt-1002","type":"order.picked_up","at":"2026-11-20 18:02:11","order_id":"6921"},
                                                                     {"id":"evt-1003","type":"after_sale.applied","at":"2026-11-21 09:30:00","after_sale_id":"AS-77","order_id":"6921","after_sale_type":"refund_shipped","first_reason_category":"quality"}]"""))))
    @ApiResponse(
            responseCode = "200",
            description = "every event applied or skipped as a duplicate",
            content = @Content(schema = @Schema(implementation = EventResult.class)))
    @ApiResponse(
            responseCode = "422",
            description = "some events rejected, listed by index and id; the others were applied",
            content = @Content(schema = @Schema(implementation = EventResult.class)))
    ResponseEntity<EventResult> events(
            @PathVariable String shopId,
            @RequestBody List<Map<String, Object>> body,
            @AuthenticationPrincipal ApiCaller caller) {
        ShopSummary shop = shopOf(shopId, caller);
        if (body.size() > ShopEventService.MAX_EVENTS) {
            throw new ApiError(
                    HttpStatus.PAYLOAD_TOO_LARGE, "at most " + ShopEventService.MAX_EVENTS + " events per request");
        }
        List<ShopEvent> batch = new ArrayList<>(body.size());
        for (Map<String, Object> raw : body) {
            batch.add(event(raw));
        }
        EventResult result = events.applyUnchecked(shop.id(), batch);
        return ResponseEntity.status(result.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(result);
    }

    /** An event from its JSON object: numbers and booleans become the texts a bundle cell would hold. */
    private static ShopEvent event(@Nullable Map<String, Object> raw) {
        if (raw == null) {
            return new ShopEvent(null, null, null, Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            if (value != null && !name.equals("id") && !name.equals("type") && !name.equals("at")) {
                fields.put(name, String.valueOf(value));
            }
        });
        return new ShopEvent(text(raw.get("id")), text(raw.get("type")), text(raw.get("at")), fields);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private ShopSummary shopOf(String shopId, ApiCaller caller) {
        ShopSummary shop =
                ShopRefs.find(shops, shopId).orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no shop " + shopId));
        if (shop.id() != caller.shopId()) {
            throw new ApiError(HttpStatus.FORBIDDEN, "this token belongs to another shop");
        }
        return shop;
    }

    @ExceptionHandler(ApiError.class)
    ResponseEntity<Map<String, String>> error(ApiError error) {
        return ResponseEntity.status(error.status).body(Map.of("error", error.getMessage()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException error) {
        return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(error.getMessage())));
    }

    /** A request the API answers with an error status and a message. */
    static final class ApiError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient HttpStatus status;

        ApiError(HttpStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
