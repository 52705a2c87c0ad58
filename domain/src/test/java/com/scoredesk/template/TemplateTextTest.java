package com.scoredesk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTextTest {

    private final TemplateValues order = TemplateValues.empty()
            .with(TemplateVariable.BUYER_NICKNAME, "小红")
            .with(TemplateVariable.ORDER_ID, "6912345678901234567")
            .with(TemplateVariable.COURIER, "中通快递");

    @Test
    void variables_are_filled_from_the_item() {
        RenderedText text = TemplateText.parse("{买家昵称}您好，订单{订单号}已由{快递公司}发出").render(order);

        assertThat(text.text()).isEqualTo("小红您好，订单6912345678901234567已由中通快递发出");
        assertThat(text.isComplete()).isTrue();
    }

    @Test
    void a_fallback_is_used_when_the_item_has_no_value() {
        RenderedText text = TemplateText.parse("{买家昵称|亲}，{运单号|单号可在订单详情查看}").render(TemplateValues.empty());

        assertThat(text.text()).isEqualTo("亲，单号可在订单详情查看");
        assertThat(text.missing()).isEmpty();
    }

    @Test
    void a_value_wins_over_the_fallback_and_a_blank_value_counts_as_missing() {
        TemplateValues blankNickname = order.with(TemplateVariable.BUYER_NICKNAME, "   ");

        assertThat(TemplateText.parse("{买家昵称|亲}").render(order).text()).isEqualTo("小红");
        assertThat(TemplateText.parse("{买家昵称|亲}").render(blankNickname).text()).isEqualTo("亲");
    }

    @Test
    void an_empty_fallback_leaves_nothing() {
        assertThat(TemplateText.parse("您好{买家昵称|}！")
                        .render(TemplateValues.empty())
                        .text())
                .isEqualTo("您好！");
    }

    @Test
    void a_variable_without_value_or_fallback_stays_visible_and_is_reported_missing() {
        RenderedText text = TemplateText.parse("单号{运单号}，{快递公司}").render(order);

        assertThat(text.text()).isEqualTo("单号{运单号}，中通快递");
        assertThat(text.missing()).containsExactly(TemplateVariable.WAYBILL_NO);
        assertThat(text.isComplete()).isFalse();
    }

    @Test
    void names_and_fallbacks_are_trimmed_and_the_rest_of_a_fallback_may_hold_bars() {
        RenderedText text = TemplateText.parse("{ 买家昵称 | 亲|爱的 }").render(TemplateValues.empty());

        assertThat(text.text()).isEqualTo("亲|爱的");
    }

    @Test
    void double_braces_are_literal_braces() {
        assertThat(TemplateText.parse("{{不是变量}} {买家昵称|亲}")
                        .render(TemplateValues.empty())
                        .text())
                .isEqualTo("{不是变量} 亲");
    }

    @Test
    void the_variables_used_are_listed_once_in_order_of_first_use() {
        assertThat(TemplateText.parse("{订单号}{买家昵称|亲}{订单号}{商品名}").variables())
                .containsExactly(
                        TemplateVariable.ORDER_ID, TemplateVariable.BUYER_NICKNAME, TemplateVariable.PRODUCT_NAME);
    }

    @Test
    void an_unknown_variable_is_refused_with_its_offset() {
        assertThatThrownBy(() -> TemplateText.parse("亲，您的{快递单号}已发出"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    TemplateProblem problem = e.problems().getFirst();
                    assertThat(problem.kind()).isEqualTo(TemplateProblem.Kind.UNKNOWN_VARIABLE);
                    assertThat(problem.token()).isEqualTo("快递单号");
                    assertThat(problem.offset()).isEqualTo(4);
                    assertThat(problem.position()).isEqualTo(5);
                    assertThat(problem.length()).isEqualTo("{快递单号}".length());
                });
    }

    @Test
    void every_unknown_variable_is_reported_not_only_the_first() {
        assertThatThrownBy(() -> TemplateText.parse("{买家}好，{订单号}的{物流单号|无}"))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> assertThat(e.problems())
                        .extracting(TemplateProblem::token, TemplateProblem::offset)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("买家", 0),
                                org.assertj.core.groups.Tuple.tuple("物流单号", 12)));
    }

    @ParameterizedTest(name = "{0} -> {1} at {2}")
    @CsvSource(
            delimiter = ';',
            textBlock =
                    """
            您好{买家昵称           ; UNCLOSED_BRACE      ; 2
            您好{}                 ; EMPTY_VARIABLE      ; 2
            您好{|亲}              ; EMPTY_VARIABLE      ; 2
            您好}                  ; STRAY_CLOSING_BRACE ; 2
            {买家{昵称}             ; NESTED_BRACE        ; 3
            """)
    void brace_problems_are_refused_with_their_offset(String text, TemplateProblem.Kind kind, int offset) {
        assertThatThrownBy(() -> TemplateText.parse(text))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> assertThat(e.problems())
                        .extracting(TemplateProblem::kind, TemplateProblem::offset)
                        .contains(org.assertj.core.groups.Tuple.tuple(kind, offset)));
    }

    @Test
    void offsets_count_characters_as_java_strings_do() {
        String text = "😀亲{不存在}";

        assertThatThrownBy(() -> TemplateText.parse(text))
                .isInstanceOfSatisfying(
                        TemplateSyntaxException.class,
                        e -> assertThat(e.problems().getFirst().offset()).isEqualTo(text.indexOf('{')));
    }

    @Test
    void every_known_variable_parses_by_its_chinese_name() {
        for (TemplateVariable variable : TemplateVariable.values()) {
            assertThat(TemplateText.parse(variable.placeholder()).variables()).containsExactly(variable);
        }
        assertThat(List.of(TemplateVariable.values()))
                .extracting(TemplateVariable::token)
                .contains("买家昵称", "订单号", "商品名", "快递公司", "运单号", "售后类型", "退款金额", "承诺发货时间", "签收时间", "店铺名");
    }
}
