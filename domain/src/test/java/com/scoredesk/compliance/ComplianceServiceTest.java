package com.scoredesk.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.template.support.ServiceTest;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ComplianceServiceTest extends ServiceTest {

    @Autowired
    ComplianceService compliance;

    UserSummary agent;
    UserSummary admin;

    @BeforeEach
    void an_agent_and_an_administrator() {
        long shop = world.shop();
        agent = world.user(Role.AGENT, shop);
        admin = world.user(Role.ADMIN);
    }

    @Test
    void the_issues_example_is_blocked_with_the_rule_the_words_their_position_and_a_safer_wording() {
        world.login(agent);

        ComplianceResult result = compliance.check("麻烦亲把退款原因改成不想要");

        assertThat(result.isBlocked()).isTrue();
        ComplianceHit hit = result.blocking().getFirst();
        assertThat(hit.code()).isEqualTo("after-sale-reason");
        assertThat(hit.spans()).singleElement().satisfies(span -> {
            assertThat(span.text()).isEqualTo("原因改成不想要");
            assertThat(span.start()).isEqualTo(6);
        });
        assertThat(hit.suggestion()).isNotBlank();
        assertThat(hit.explanation()).contains("售后");
        assertThatThrownBy(() -> compliance.requireSendable("麻烦亲把退款原因改成不想要", true))
                .isInstanceOf(ComplianceBlockedException.class);
    }

    @Test
    void a_warning_needs_the_agents_confirmation_and_a_clean_text_goes_through() {
        world.login(agent);

        assertThatThrownBy(() -> compliance.requireSendable("呵呵，好的", false))
                .isInstanceOfSatisfying(ComplianceWarningException.class, e -> assertThat(
                                e.result().warnings())
                        .extracting(ComplianceHit::code)
                        .containsExactly("mocking"));
        assertThat(compliance.requireSendable("呵呵，好的", true).needsConfirmation())
                .isTrue();
        assertThat(compliance.requireSendable("请问您的退款原因是什么", false).isClean()).isTrue();
    }

    @Test
    void blocking_hits_come_before_warnings() {
        world.login(agent);

        ComplianceResult result = compliance.check("呵呵，加我微信");

        assertThat(result.hits()).extracting(ComplianceHit::severity).containsExactly(Severity.BLOCK, Severity.WARN);
    }

    @Test
    void nobody_logged_in_cannot_use_the_check() {
        assertThatThrownBy(() -> compliance.check("你好")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_adds_a_rule_and_the_check_uses_it_at_once() {
        world.login(admin);
        assertThat(compliance.check("本店支持货到付款").isClean()).isTrue();

        compliance.save(
                draft("cod-" + admin.id(), List.of("货到付款"), List.of(RuleCase.hit("支持货到付款"), RuleCase.miss("支持在线付款"))));

        assertThat(compliance.check("本店支持货到付款").warnings())
                .extracting(ComplianceHit::code)
                .containsExactly("cod-" + admin.id());
        compliance.enable(compliance.check("本店支持货到付款").warnings().getFirst().ruleId(), false);
        assertThat(compliance.check("本店支持货到付款").isClean()).isTrue();
    }

    @Test
    void a_rule_whose_own_cases_fail_or_whose_pattern_is_bad_cannot_be_saved() {
        world.login(admin);

        assertThatThrownBy(() -> compliance.save(draft(
                        "bad-case-" + admin.id(),
                        List.of("退款"),
                        List.of(RuleCase.hit("退款原因改成不想要"), RuleCase.miss("请问您的退款原因是什么")))))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.problems())
                        .containsExactly(new RuleProblem(RuleProblem.Kind.CASE_FALSELY_HIT, "请问您的退款原因是什么")));
        assertThatThrownBy(() -> compliance.save(new RuleDraft(
                        null,
                        0,
                        "bad-pattern-" + admin.id(),
                        "坏规则",
                        RuleKind.OFF_PLATFORM,
                        Severity.BLOCK,
                        List.of(),
                        List.of("(未闭合"),
                        List.of(),
                        "说明",
                        "建议",
                        true,
                        List.of(RuleCase.hit("甲"), RuleCase.miss("乙")))))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::kind)
                        .contains(RuleProblem.Kind.BAD_PATTERN));
        assertThatThrownBy(
                        () -> compliance.save(draft("no-miss-" + admin.id(), List.of("甲"), List.of(RuleCase.hit("甲")))))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::kind)
                        .containsExactly(RuleProblem.Kind.NO_MISS_CASE));
    }

    @Test
    void only_administrators_change_rules_but_everyone_may_read_them() {
        world.login(agent);

        assertThat(compliance.countRules()).isGreaterThanOrEqualTo(9);
        assertThat(compliance.rules(0, 100)).extracting(RuleDetail::code).contains("after-sale-reason", "off-platform");
        RuleDetail seeded = compliance.rules(0, 1).getFirst();
        assertThatThrownBy(() -> compliance.save(seeded.toDraft())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.enable(seeded.id(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> compliance.tryCases(seeded.toDraft())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_edits_a_seeded_rule_and_a_stale_edit_is_refused() {
        world.login(admin);
        RuleDetail rule = compliance.rules(0, 100).stream()
                .filter(r -> r.code().equals("absolute-promise"))
                .findFirst()
                .orElseThrow();
        RuleDraft edited = new RuleDraft(
                rule.id(),
                rule.version(),
                rule.code(),
                rule.name(),
                rule.kind(),
                rule.severity(),
                rule.keywords(),
                rule.patterns(),
                rule.exceptions(),
                rule.explanation(),
                rule.suggestion() + "（已复核）",
                true,
                rule.cases());

        RuleDetail saved = compliance.save(edited);

        assertThat(saved.suggestion()).endsWith("（已复核）");
        assertThat(saved.cases()).isEqualTo(rule.cases());
        assertThatThrownBy(() -> compliance.save(edited))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThatCode(() -> compliance.save(new RuleDraft(
                        saved.id(),
                        saved.version(),
                        rule.code(),
                        rule.name(),
                        rule.kind(),
                        rule.severity(),
                        rule.keywords(),
                        rule.patterns(),
                        rule.exceptions(),
                        rule.explanation(),
                        rule.suggestion(),
                        true,
                        rule.cases())))
                .doesNotThrowAnyException();
    }

    private static RuleDraft draft(String code, List<String> keywords, List<RuleCase> cases) {
        return new RuleDraft(
                null,
                0,
                code,
                "测试规则 " + code,
                RuleKind.FORBIDDEN_PROMISE,
                Severity.WARN,
                keywords,
                List.of(),
                List.of(),
                "测试说明",
                "测试建议",
                true,
                cases);
    }
}
