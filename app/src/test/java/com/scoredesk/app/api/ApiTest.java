package com.scoredesk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.apitoken.ApiTokenService;
import com.scoredesk.apitoken.CreatedApiToken;
import com.scoredesk.importing.ImportProgress;
import com.scoredesk.importing.ImportService;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP: token checks, the score as the command answers it, the event intake, OpenAPI. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // a database of its own: the UI tests' shared in-memory database counts its shops
        properties = "spring.datasource.url=jdbc:h2:mem:scoredesk-api-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ApiTest {

    private static final Path EXAMPLES = Path.of("../scoring/src/test/resources/examples");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ImportService importer;

    @Autowired
    ShopService shops;

    @Autowired
    ShopActivityService activity;

    ShopSummary shop;
    String token;

    @BeforeEach
    void a_shop_with_the_example_bundle_and_a_token() throws IOException {
        if (shops.findByCodeUnchecked("S-E1").isEmpty()) {
            importer.importForCommand("S-E1", List.of(EXAMPLES.resolve("e1_womenswear_600")), ImportProgress.NONE);
        }
        shop = shops.findByCodeUnchecked("S-E1").orElseThrow();
        token = asAdmin(() -> tokens.create(shop.id(), "BI dashboard")).token();
    }

    @AfterEach
    void log_out() {
        SecurityContextHolder.clearContext();
    }

    private static <T> T asAdmin(java.util.function.Supplier<T> action) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private HttpResponse<String> get(String path, String bearer) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer)
                .GET());
    }

    private HttpResponse<String> post(String path, String bearer, String body) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_score_is_the_json_of_the_score_command() throws IOException {
        HttpResponse<String> response = get("/api/v1/shops/S-E1/score?asOf=2026-11-10", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(JSON.readTree(response.body()))
                .isEqualTo(JSON.readTree(Files.readString(EXAMPLES.resolve("e1_womenswear_600.expected.json"))));
        HttpResponse<String> byNumber =
                get("/api/v1/shops/" + shop.id() + "/score?asOf=2026-11-10&ruleSet=douyin-2026-07", token);
        assertThat(JSON.readTree(byNumber.body()))
                .isEqualTo(JSON.readTree(
                        Files.readString(EXAMPLES.resolve("e1_womenswear_600_douyin-2026-07.expected.json"))));
    }

    @Test
    void a_request_without_a_valid_token_of_the_shop_is_refused() {
        ShopSummary other = asAdmin(shops::allShops).stream()
                .filter(s -> s.id() != shop.id())
                .findFirst()
                .orElseThrow();

        assertThat(get("/api/v1/shops/S-E1/score", "sd_not-a-token").statusCode())
                .isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/shops/S-E1/score")))
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/shops/" + other.code() + "/score", token).statusCode())
                .isEqualTo(403);
        CreatedApiToken revoked = asAdmin(() -> tokens.create(shop.id(), "old"));
        asAdmin(() -> {
            tokens.revoke(revoked.summary().id());
            return null;
        });
        assertThat(get("/api/v1/shops/S-E1/score", revoked.token()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void events_are_applied_once_and_bad_ones_are_reported_by_index_and_id() throws IOException {
        String events =
                """
                [{"id":"api-1","type":"order.paid","at":"2026-11-20 10:15:00","order_id":"API-O1","amount_paid":128.5,"ship_to_province":"浙江","is_gift":false},
                 {"id":"api-2","type":"order.picked_up","at":"2026-11-20 18:02:11","order_id":"API-O1"},
                 {"id":"api-3","type":"after_sale.applied","at":"2026-11-21 09:30:00","after_sale_id":"API-A1","order_id":"API-O1","after_sale_type":"refund_shipped","first_reason_category":"quality"},
                 {"id":"api-4","type":"after_sale.refunded","at":"2026-11-21 12:00:00","after_sale_id":"API-A1"},
                 {"id":"api-5","type":"chat.round_started","at":"2026-11-21 13:00:00","session_id":"API-M1","order_id":"API-O1"},
                 {"id":"api-6","type":"chat.round_answered","at":"2026-11-21 13:00:40","session_id":"API-M1","buyer_message_at":"2026-11-21 13:00:00"},
                 {"id":"api-7","type":"review.created","at":"2026-11-22 08:00:00","review_id":"API-R1","order_id":"API-O1","product_rating":9},
                 {"id":"api-8","type":"order.signed","at":"2026-11-22 09:00:00","order_id":"NO-SUCH-ORDER"},
                 {"type":"violation","at":"2026-11-22 09:00:00","violation_id":"V1","kind":"refuse_invoice"}]""";
        long ordersBefore = activity.countsUnchecked(shop.id()).orders();

        HttpResponse<String> first = post("/api/v1/shops/S-E1/events", token, events);
        HttpResponse<String> again = post("/api/v1/shops/S-E1/events", token, events);

        assertThat(first.statusCode()).isEqualTo(422);
        JsonNode result = JSON.readTree(first.body());
        assertThat(result.get("received").asInt()).isEqualTo(9);
        assertThat(result.get("applied").asInt()).isEqualTo(6);
        assertThat(result.get("errors")).hasSize(3);
        assertThat(result.get("errors").get(0).get("index").asInt()).isEqualTo(6);
        assertThat(result.get("errors").get(0).get("eventId").asString()).isEqualTo("api-7");
        assertThat(result.get("errors").get(0).get("reason").asString()).contains("product_rating");
        assertThat(result.get("errors").get(1).get("reason").asString()).contains("NO-SUCH-ORDER");
        assertThat(result.get("errors").get(2).get("reason").asString()).contains("id");
        JsonNode second = JSON.readTree(again.body());
        assertThat(second.get("applied").asInt()).isZero();
        assertThat(second.get("duplicates").asInt()).isEqualTo(6);
        var counts = activity.countsUnchecked(shop.id());
        assertThat(counts.orders()).isEqualTo(ordersBefore + 1);
    }

    @Test
    void the_openapi_description_is_public_and_describes_the_endpoints() throws IOException {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).get("paths");
        assertThat(paths.has("/api/v1/shops/{shopId}/score")).isTrue();
        assertThat(paths.has("/api/v1/shops/{shopId}/events")).isTrue();
    }
}
