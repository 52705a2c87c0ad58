package com.scoredesk.compliance;

import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Checks texts against the compliance rules, and lets administrators maintain the rules. The enabled rules are
 * compiled once and kept until a rule changes (dropped after the change commits).
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

    private final ComplianceRuleRepository rules;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AtomicReference<@Nullable List<CompiledRule>> compiled = new AtomicReference<>();

    ComplianceService(ComplianceRuleRepository rules, CurrentUser currentUser, Clock clock) {
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Checks {@code text} against every enabled rule. Any logged-in user may check. */
    public ComplianceResult check(String text) {
        currentUser.require();
        List<ComplianceHit> hits = new ArrayList<>();
        for (CompiledRule rule : compiledRules()) {
            List<MatchSpan> spans = rule.matcher().find(text);
            if (!spans.isEmpty()) {
                hits.add(rule.hit(spans));
            }
        }
        hits.sort(Comparator.comparing(ComplianceHit::severity)
                .thenComparing(hit -> hit.spans().getFirst().start()));
        return new ComplianceResult(text, hits);
    }

    /**
     * Checks a text that is about to be sent.
     *
     * @param warningsConfirmed the agent saw the warnings and chose to send anyway
     * @return the result (clean, or warnings that were confirmed)
     * @throws ComplianceBlockedException when a blocking rule hits
     * @throws ComplianceWarningException when warning rules hit and the agent has not confirmed
     */
    public ComplianceResult requireSendable(String text, boolean warningsConfirmed) {
        ComplianceResult result = check(text);
        if (result.isBlocked()) {
            throw new ComplianceBlockedException(result);
        }
        if (result.needsConfirmation() && !warningsConfirmed) {
            throw new ComplianceWarningException(result);
        }
        return result;
    }

    /** A page of every rule (enabled or not), by kind. Any logged-in user may read the rules. */
    public List<RuleDetail> rules(int offset, int limit) {
        currentUser.require();
        int size = Math.max(1, limit);
        return rules.findAllByOrderByKindAscCodeAsc(PageRequest.of(Math.max(0, offset) / size, size)).stream()
                .map(ComplianceRule::toDetail)
                .toList();
    }

    public long countRules() {
        currentUser.require();
        return rules.count();
    }

    public RuleDetail rule(long ruleId) {
        currentUser.require();
        return find(ruleId).toDetail();
    }

    /** What a draft rule does with its own cases, without saving it. Administrators only. */
    public List<CaseOutcome> tryCases(RuleDraft draft) {
        currentUser.requireRole(Role.ADMIN);
        RuleMatcher matcher = RuleMatcher.compile(draft.keywords(), draft.patterns(), draft.exceptions());
        return draft.cases().stream()
                .map(c -> new CaseOutcome(c, matcher.find(c.text())))
                .toList();
    }

    /**
     * Creates or changes a rule. Administrators only.
     *
     * @throws InvalidRuleException when a field is blank, a pattern is bad, or one of the rule's cases fails
     * @throws org.springframework.dao.OptimisticLockingFailureException when someone else changed it meanwhile
     */
    @Transactional
    public RuleDetail save(RuleDraft draft) {
        UserSummary admin = currentUser.requireRole(Role.ADMIN);
        validate(draft);
        ComplianceRule rule;
        if (draft.id() == null) {
            rule = new ComplianceRule(draft.code().strip());
        } else {
            rule = find(draft.id());
            if (rule.getVersion() != draft.version()) {
                throw new org.springframework.dao.OptimisticLockingFailureException(
                        "rule " + draft.code() + " was changed by someone else");
            }
        }
        rule.describe(draft, admin.id(), clock.instant());
        RuleDetail saved = rules.saveAndFlush(rule).toDetail();
        forgetCompiledRulesAfterCommit();
        return saved;
    }

    /** Switches a rule on or off. Administrators only. */
    @Transactional
    public RuleDetail enable(long ruleId, boolean on) {
        UserSummary admin = currentUser.requireRole(Role.ADMIN);
        ComplianceRule rule = find(ruleId);
        rule.enable(on, admin.id(), clock.instant());
        forgetCompiledRulesAfterCommit();
        return rules.saveAndFlush(rule).toDetail();
    }

    private void validate(RuleDraft draft) {
        List<RuleProblem> problems = new ArrayList<>();
        if (draft.code() == null || !CODE.matcher(draft.code().strip()).matches()) {
            problems.add(new RuleProblem(RuleProblem.Kind.BLANK_FIELD, "code"));
        } else {
            rules.findByCode(draft.code().strip())
                    .filter(other -> !Objects.equals(other.getId(), draft.id()))
                    .ifPresent(other -> problems.add(new RuleProblem(RuleProblem.Kind.DUPLICATE_CODE, draft.code())));
        }
        requireText(draft.name(), 80, "name", problems);
        requireText(draft.explanation(), 500, "explanation", problems);
        requireText(draft.suggestion(), 500, "suggestion", problems);
        if (draft.cases().stream().noneMatch(RuleCase::expectHit)) {
            problems.add(new RuleProblem(RuleProblem.Kind.NO_HIT_CASE, ""));
        }
        if (draft.cases().stream().allMatch(RuleCase::expectHit)) {
            problems.add(new RuleProblem(RuleProblem.Kind.NO_MISS_CASE, ""));
        }
        RuleMatcher matcher;
        try {
            matcher = RuleMatcher.compile(draft.keywords(), draft.patterns(), draft.exceptions());
        } catch (InvalidRuleException bad) {
            problems.addAll(bad.problems());
            throw new InvalidRuleException(problems);
        }
        for (RuleCase c : draft.cases()) {
            CaseOutcome outcome = new CaseOutcome(c, matcher.find(c.text()));
            if (!outcome.passed()) {
                problems.add(new RuleProblem(
                        c.expectHit() ? RuleProblem.Kind.CASE_NOT_HIT : RuleProblem.Kind.CASE_FALSELY_HIT, c.text()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
    }

    private static void requireText(String value, int max, String field, List<RuleProblem> problems) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            problems.add(new RuleProblem(RuleProblem.Kind.BLANK_FIELD, field));
        }
    }

    private ComplianceRule find(long ruleId) {
        return rules.findById(ruleId).orElseThrow(() -> new IllegalArgumentException("no compliance rule " + ruleId));
    }

    private List<CompiledRule> compiledRules() {
        List<CompiledRule> current = compiled.get();
        if (current == null) {
            current = rules.findByEnabledTrueOrderById().stream()
                    .map(CompiledRule::of)
                    .toList();
            compiled.compareAndSet(null, current);
        }
        return current;
    }

    private void forgetCompiledRulesAfterCommit() {
        compiled.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    compiled.set(null);
                }
            });
        }
    }

    private record CompiledRule(
            long id,
            String code,
            String name,
            RuleKind kind,
            Severity severity,
            RuleMatcher matcher,
            String explanation,
            String suggestion) {

        static CompiledRule of(ComplianceRule rule) {
            return new CompiledRule(
                    Objects.requireNonNull(rule.getId()),
                    rule.getCode(),
                    rule.getName(),
                    rule.getKind(),
                    rule.getSeverity(),
                    rule.matcher(),
                    rule.getExplanation(),
                    rule.getSuggestion());
        }

        ComplianceHit hit(List<MatchSpan> spans) {
            return new ComplianceHit(id, code, name, kind, severity, spans, explanation, suggestion);
        }
    }
}
