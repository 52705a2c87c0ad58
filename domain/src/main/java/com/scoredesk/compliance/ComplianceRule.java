package com.scoredesk.compliance;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A compliance rule. Keywords, patterns and exceptions are stored one per line. A rule always compiles and passes
 * its own cases: {@link ComplianceService} checks both before it saves.
 */
@Entity
@Table(name = "compliance_rule")
public class ComplianceRule extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RuleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(nullable = false, length = 4000)
    private String keywords = "";

    @Column(nullable = false, length = 4000)
    private String patterns = "";

    @Column(nullable = false, length = 4000)
    private String exceptions = "";

    @Column(nullable = false, length = 500)
    private String explanation;

    @Column(nullable = false, length = 500)
    private String suggestion;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "updated_by")
    private @Nullable Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "compliance_rule_case", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderColumn(name = "case_index")
    private List<StoredCase> cases = new ArrayList<>();

    protected ComplianceRule() {}

    ComplianceRule(String code) {
        this.code = code;
    }

    void describe(RuleDraft draft, long byUser, Instant at) {
        this.code = draft.code().strip();
        this.name = draft.name().strip();
        this.kind = draft.kind();
        this.severity = draft.severity();
        this.keywords = lines(draft.keywords());
        this.patterns = lines(draft.patterns());
        this.exceptions = lines(draft.exceptions());
        this.explanation = draft.explanation().strip();
        this.suggestion = draft.suggestion().strip();
        this.enabled = draft.enabled();
        this.cases.clear();
        draft.cases().forEach(c -> this.cases.add(StoredCase.of(c)));
        this.updatedBy = byUser;
        this.updatedAt = at;
    }

    void enable(boolean on, long byUser, Instant at) {
        this.enabled = on;
        this.updatedBy = byUser;
        this.updatedAt = at;
    }

    RuleMatcher matcher() {
        return RuleMatcher.compile(split(keywords), split(patterns), split(exceptions));
    }

    RuleDetail toDetail() {
        return new RuleDetail(
                getId() == null ? 0 : getId(),
                getVersion(),
                code,
                name,
                kind,
                severity,
                split(keywords),
                split(patterns),
                split(exceptions),
                explanation,
                suggestion,
                enabled,
                cases.stream().map(StoredCase::toCase).toList(),
                updatedAt);
    }

    private static String lines(List<String> values) {
        return String.join(
                "\n",
                values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
    }

    static List<String> split(String stored) {
        return Arrays.stream(stored.split("\\R"))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RuleKind getKind() {
        return kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
