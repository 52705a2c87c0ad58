package com.scoredesk.template;

import static com.scoredesk.template.support.TestWorld.at;
import static com.scoredesk.template.support.TestWorld.batch;
import static com.scoredesk.template.support.TestWorld.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.compliance.ComplianceBlockedException;
import com.scoredesk.compliance.ComplianceWarningException;
import com.scoredesk.template.support.ServiceTest;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class SignOffCareServiceTest extends ServiceTest {

    @Autowired
    SignOffCareService care;

    long shop;
    UserSummary agent;

    @BeforeEach
    void a_shop_with_signed_orders() {
        shop = world.shop();
        agent = world.user(Role.AGENT, shop);
        // now is 2026-11-20 10:00; the care window is the last 3 days
        world.insert(
                shop,
                batch(
                        List.of(
                                order("C-FRESH")
                                        .buyer("小红")
                                        .product("桂花乌龙")
                                        .signed("2026-11-20 09:00:00")
                                        .build(),
                                order("C-YESTERDAY")
                                        .signed("2026-11-19 08:00:00")
                                        .build(),
                                order("C-OLD").signed("2026-11-10 08:00:00").build(),
                                order("C-NOT-SIGNED")
                                        .pickedUp("2026-11-19 08:00:00")
                                        .build()),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    @Test
    void recently_signed_orders_without_care_are_offered_latest_first() {
        world.login(agent);

        assertThat(care.pending(shop, 0, 10))
                .extracting(CareCandidate::orderId)
                .containsExactly("C-FRESH", "C-YESTERDAY");
        assertThat(care.countPending(shop)).isEqualTo(2);
        assertThat(care.pending(shop, 1, 1)).extracting(CareCandidate::orderId).containsExactly("C-YESTERDAY");
    }

    @Test
    void the_offered_message_is_the_most_used_sign_off_care_template_filled_from_the_order() {
        world.login(agent);

        CareDraft draft = care.draft(shop, "C-FRESH");

        assertThat(draft.templateId()).isNotNull();
        assertThat(draft.text().text()).contains("小红").doesNotContain("{");
    }

    @Test
    void sending_records_the_text_and_takes_the_order_off_the_list() {
        world.login(agent);
        CareDraft draft = care.draft(shop, "C-FRESH");

        CareSent sent =
                care.markSent(shop, "C-FRESH", draft.templateId(), draft.text().text(), false);

        assertThat(sent.sentBy()).isEqualTo(agent.displayName());
        assertThat(sent.sentAt()).isEqualTo(at("2026-11-20 10:00:00"));
        assertThat(sent.message()).isEqualTo(draft.text().text());
        assertThat(care.pending(shop, 0, 10)).extracting(CareCandidate::orderId).containsExactly("C-YESTERDAY");
        assertThatThrownBy(() -> care.markSent(shop, "C-FRESH", null, "再次问候", false))
                .isInstanceOfSatisfying(
                        CareAlreadySentException.class,
                        e -> assertThat(e.sent().sentBy()).isEqualTo(agent.displayName()));
    }

    @Test
    void a_care_message_passes_the_compliance_check_before_it_is_stored() {
        world.login(agent);

        assertThatThrownBy(() -> care.markSent(shop, "C-FRESH", null, "亲，给个五星好评返现5元哦", false))
                .isInstanceOf(ComplianceBlockedException.class);
        assertThatThrownBy(() -> care.markSent(shop, "C-FRESH", null, "呵呵，收到了吧", false))
                .isInstanceOf(ComplianceWarningException.class);
        assertThat(care.countPending(shop)).isEqualTo(2);
    }

    @Test
    void two_agents_sending_at_once_store_one_message_and_the_other_is_told_who_sent_it() throws Exception {
        UserSummary second = world.user(Role.AGENT, shop);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> a = pool.submit(sendAs(agent, start));
            Future<Object> b = pool.submit(sendAs(second, start));
            List<Object> outcomes = List.of(a.get(), b.get());

            assertThat(outcomes).filteredOn(CareSent.class::isInstance).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(CareAlreadySentException.class::isInstance)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void an_agent_of_another_shop_sees_and_sends_nothing_here() {
        UserSummary stranger = world.user(Role.AGENT, world.shop());
        world.login(stranger);

        assertThatThrownBy(() -> care.pending(shop, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> care.markSent(shop, "C-FRESH", null, "您好", false))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Callable<Object> sendAs(UserSummary user, CyclicBarrier start) {
        return () -> {
            world.login(user);
            try {
                start.await();
                return care.markSent(shop, "C-YESTERDAY", null, "亲，包裹已签收，有问题随时联系我们～", false);
            } catch (CareAlreadySentException lost) {
                return lost;
            } finally {
                world.logout();
            }
        };
    }
}
