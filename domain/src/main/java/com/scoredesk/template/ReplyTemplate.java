package com.scoredesk.template;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A reply template. Its body always parses: {@link #describe} refuses text with unknown variables. */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate extends AbstractEntity {

    static final int MAX_TITLE = 80;
    static final int MAX_BODY = 1000;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TemplateCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private TemplateScope scope;

    @Column(name = "shop_id", updatable = false)
    private @Nullable Long shopId;

    @Column(name = "owner_id", updatable = false)
    private @Nullable Long ownerId;

    @Column(length = 40)
    private @Nullable String tag;

    @Column(name = "usage_count", nullable = false)
    private long usageCount;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "updated_by")
    private @Nullable Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ReplyTemplate() {}

    ReplyTemplate(TemplateScope scope, @Nullable Long shopId, @Nullable Long ownerId) {
        this.scope = Objects.requireNonNull(scope, "scope");
        if (scope == TemplateScope.SHOP && shopId == null) {
            throw new IllegalArgumentException("a shop template needs its shop");
        }
        if (scope == TemplateScope.PERSONAL && ownerId == null) {
            throw new IllegalArgumentException("a personal template needs its owner");
        }
        this.shopId = scope == TemplateScope.SHOP ? shopId : null;
        this.ownerId = scope == TemplateScope.PERSONAL ? ownerId : null;
    }

    /**
     * Sets what the template says.
     *
     * @throws TemplateSyntaxException when the body names unknown variables or has unbalanced braces
     */
    void describe(
            String newTitle,
            String newBody,
            TemplateCategory newCategory,
            @Nullable String newTag,
            long byUser,
            Instant at) {
        String t = newTitle == null ? "" : newTitle.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must have 1-" + MAX_TITLE + " characters");
        }
        if (newBody == null || newBody.isBlank() || newBody.length() > MAX_BODY) {
            throw new IllegalArgumentException("body must have 1-" + MAX_BODY + " characters");
        }
        TemplateText.parse(newBody);
        this.title = t;
        this.body = newBody;
        this.category = Objects.requireNonNull(newCategory, "category");
        this.tag = newTag == null || newTag.isBlank() ? null : newTag.strip();
        this.updatedBy = byUser;
        this.updatedAt = at;
    }

    TemplateText text() {
        return TemplateText.parse(body);
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public TemplateCategory getCategory() {
        return category;
    }

    public TemplateScope getScope() {
        return scope;
    }

    public @Nullable Long getShopId() {
        return shopId;
    }

    public @Nullable Long getOwnerId() {
        return ownerId;
    }

    public @Nullable String getTag() {
        return tag;
    }

    public long getUsageCount() {
        return usageCount;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
