package com.scoredesk.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.template.ReplyTemplate;
import com.scoredesk.template.TemplateCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * The compliance rules and the template library that the migrations seed, on every database we support: every rule
 * hits its hit cases and misses its miss cases, the example is blocked, ordinary CS phrases are not, and no
 * seeded template breaks a rule.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
abstract class SeededRulesContract {

    @Autowired
    ComplianceRuleRepository rules;

    @Autowired
    TestEntityManager em;

    @Test
    void every_seeded_rule_hits_its_hit_cases_and_misses_its_miss_cases() {
        List<ComplianceRule> seeded = rules.findAll();
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(8);
        List<String> failures = new ArrayList<>();
        for (ComplianceRule rule : seeded) {
            RuleDetail detail = rule.toDetail();
            assertThat(detail.cases()).as(detail.code()).anyMatch(RuleCase::expectHit);
            assertThat(detail.cases()).as(detail.code()).anyMatch(c -> !c.expectHit());
            RuleMatcher matcher = rule.matcher();
            for (RuleCase c : detail.cases()) {
                CaseOutcome outcome = new CaseOutcome(c, matcher.find(c.text()));
                if (!outcome.passed()) {
                    failures.add(detail.code() + (c.expectHit() ? " misses " : " falsely hits ") + c.text() + " "
                            + outcome.spans());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void the_rules_cover_every_kind_the_platform_forbids() {
        assertThat(rules.findAll()).extracting(ComplianceRule::getKind).contains(RuleKind.values());
    }

    @Test
    void asking_the_buyer_to_change_the_refund_reason_is_blocked() {
        assertThat(hits("麻烦亲把退款原因改成不想要")).containsEntry("after-sale-reason", Severity.BLOCK);
    }

    @Test
    void ordinary_customer_service_phrases_hit_nothing() {
        for (String phrase : List.of(
                "请问您的退款原因是什么",
                "亲，您的包裹已经发出，请保持电话畅通",
                "感谢您的好评，欢迎再次光临",
                "您的订单号是6912345678901234567",
                "如对处理结果不满意，您也可以申请平台介入",
                "退款已经为您处理，预计1到3个工作日到账",
                "非常抱歉给您带来不便，我们马上为您补发")) {
            assertThat(hits(phrase)).as(phrase).isEmpty();
        }
    }

    @Test
    void no_seeded_template_breaks_a_rule() {
        List<ReplyTemplate> templates = em.getEntityManager()
                .createQuery("select t from ReplyTemplate t", ReplyTemplate.class)
                .getResultList();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(20);
        assertThat(templates).extracting(ReplyTemplate::getCategory).contains(TemplateCategory.values());
        for (ReplyTemplate template : templates) {
            assertThat(hits(template.getBody())).as(template.getTitle()).isEmpty();
        }
    }

    private Map<String, Severity> hits(String text) {
        return rules.findAll().stream()
                .filter(rule -> !rule.matcher().find(text).isEmpty())
                .collect(Collectors.toMap(ComplianceRule::getCode, ComplianceRule::getSeverity));
    }
}
