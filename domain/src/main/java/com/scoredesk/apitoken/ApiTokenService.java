package com.scoredesk.apitoken;

import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes the API tokens of a shop (administrators only), and tells the API which shop a token
 * belongs to. A token is 32 random bytes (256 bits, so a plain SHA-256 is a safe hash: there is nothing to guess),
 * shown once as {@code sd_…}; the database keeps its SHA-256 and its first characters for recognition.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

    static final String PREFIX = "sd_";
    private static final int PREFIX_SHOWN = 10;
    /** Writing "last used" on every request would turn each read into a write: once a minute is enough. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final ShopService shops;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, ShopService shops, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.shops = shops;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a token for shop {@code shopId}; administrators only. The answer holds the token, shown once. */
    @Transactional
    public CreatedApiToken create(long shopId, String name) {
        UserSummary admin = currentUser.requireRole(Role.ADMIN);
        shops.get(shopId);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 80) {
            throw new IllegalArgumentException("a token needs a name of 1 to 80 characters");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(
                shopId, label, hash(token), token.substring(0, PREFIX_SHOWN), admin.username(), clock.instant()));
        return new CreatedApiToken(toSummary(saved), token);
    }

    /** The tokens of shop {@code shopId}, newest first; administrators only. */
    public List<ApiTokenSummary> tokens(long shopId) {
        currentUser.requireRole(Role.ADMIN);
        return tokens.findByShopIdOrderByCreatedAtDesc(shopId).stream()
                .map(ApiTokenService::toSummary)
                .toList();
    }

    /** Revokes token {@code tokenId}: requests with it fail from now on. Administrators only. */
    @Transactional
    public void revoke(long tokenId) {
        currentUser.requireRole(Role.ADMIN);
        tokens.findById(tokenId)
                .orElseThrow(() -> new IllegalArgumentException("no token " + tokenId))
                .revoke(clock.instant());
    }

    /** The caller behind {@code token}, if it is an active token of an existing shop; notes its use. */
    @Transactional
    public Optional<ApiCaller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(hash(token)).filter(ApiToken::isActive);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken apiToken = found.get();
        Optional<ShopSummary> shop = shops.findByIdUnchecked(apiToken.getShopId());
        if (shop.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant last = apiToken.getLastUsedAt();
        if (last == null || last.plus(USE_RESOLUTION).isBefore(now)) {
            apiToken.used(now);
        }
        return Optional.of(new ApiCaller(
                java.util.Objects.requireNonNull(apiToken.getId()),
                apiToken.getShopId(),
                shop.get().code()));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    private static ApiTokenSummary toSummary(ApiToken token) {
        return new ApiTokenSummary(
                java.util.Objects.requireNonNull(token.getId()),
                token.getShopId(),
                token.getName(),
                token.getTokenPrefix(),
                token.getCreatedBy(),
                token.getCreatedAt(),
                token.getLastUsedAt(),
                token.getRevokedAt());
    }
}
