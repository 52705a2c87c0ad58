package com.scoredesk.kpi;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What one agent did in a date range, over the shops the viewer may see.
 *
 * @param handled work items the agent finished
 * @param firstReplies chat rounds whose first reply the agent sent; {@code medianReplySeconds} their median reply
 *     time, {@code null} without any; {@code slowReplies} those later than the 3-minute due time
 * @param afterSalesHandled after-sales the agent agreed or rejected; {@code beforeDeadline} of them before the
 *     platform's automatic decision
 * @param appealsFiled review appeals the agent submitted; {@code appealsApproved} of them approved
 * @param pointsGained score points gained: the sum of the impacts the agent's finished items had when the agent
 *     finished them (items the data refresh closed gain nothing), in the rule set's points before rounding
 */
public record AgentKpi(
        long userId,
        String username,
        String displayName,
        long handled,
        long firstReplies,
        @Nullable BigDecimal medianReplySeconds,
        long slowReplies,
        long afterSalesHandled,
        long beforeDeadline,
        long appealsFiled,
        long appealsApproved,
        BigDecimal pointsGained) {}
