package com.scoredesk.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleMatcherTest {

    @Test
    void keywords_hit_wherever_they_stand_ignoring_case() {
        RuleMatcher matcher = RuleMatcher.compile(List.of("微信", "qq"), List.of(), List.of());

        assertThat(matcher.find("加我微信或者QQ")).containsExactly(new MatchSpan(2, 4, "微信"), new MatchSpan(6, 8, "QQ"));
    }

    @Test
    void patterns_are_regular_expressions() {
        RuleMatcher matcher = RuleMatcher.compile(List.of(), List.of("(?<![0-9A-Za-z])1[3-9]\\d{9}(?!\\d)"), List.of());

        assertThat(matcher.find("电话13812345678")).extracting(MatchSpan::text).containsExactly("13812345678");
        assertThat(matcher.find("订单6912345678901234567")).isEmpty();
    }

    @Test
    void an_exception_cancels_the_hits_it_overlaps_and_only_those() {
        RuleMatcher matcher = RuleMatcher.compile(List.of("去死"), List.of(), List.of("去死皮"));

        assertThat(matcher.find("温和去死皮")).isEmpty();
        assertThat(matcher.find("温和去死皮，你去死")).extracting(MatchSpan::text).containsExactly("去死");
    }

    @Test
    void full_width_letters_and_digits_do_not_slip_through_and_offsets_stay_in_the_original_text() {
        RuleMatcher matcher = RuleMatcher.compile(List.of("vx"), List.of("1[3-9]\\d{9}"), List.of());

        List<MatchSpan> spans = matcher.find("加ＶＸ，电话１３８１２３４５６７８");

        assertThat(spans).extracting(MatchSpan::text).containsExactly("ＶＸ", "１３８１２３４５６７８");
        assertThat(spans.getFirst().start()).isEqualTo(1);
    }

    @Test
    void overlapping_hits_of_several_terms_merge_into_one_span() {
        RuleMatcher matcher = RuleMatcher.compile(List.of("好评返现", "返现"), List.of(), List.of());

        assertThat(matcher.find("五星好评返现")).containsExactly(new MatchSpan(2, 6, "好评返现"));
    }

    @Test
    void a_bad_or_empty_matching_pattern_and_a_rule_without_matchers_are_refused() {
        assertThatThrownBy(() -> RuleMatcher.compile(List.of(), List.of("(未闭合"), List.of()))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::kind)
                        .contains(RuleProblem.Kind.BAD_PATTERN));
        assertThatThrownBy(() -> RuleMatcher.compile(List.of(), List.of("a*"), List.of()))
                .isInstanceOf(InvalidRuleException.class);
        assertThatThrownBy(() -> RuleMatcher.compile(List.of(" "), List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.problems())
                        .extracting(RuleProblem::kind)
                        .containsExactly(RuleProblem.Kind.NO_MATCHER));
    }
}
