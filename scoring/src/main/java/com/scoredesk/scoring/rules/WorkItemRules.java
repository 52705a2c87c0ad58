package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.EscalationKind;
import java.util.Map;
import java.util.Objects;

/**
 * Deadlines and default outcomes of open work items (sections 8 and 9 of the contract).
 *
 * @param imDueSeconds a chat round is due (turns red) after this many seconds
 * @param afterSaleResponseHours the merchant's time from the review-clock start; then the system agrees
 * @param courierLeadMinutes from asking for a pickup to the courier's scan
 * @param appealWindowDays a review can be appealed this many days after it was written
 * @param pickupDeadlineDays pickup is due by 23:59:59 of the day this many days after the payment day
 * @param pickupHoursByIndustry industries whose pickup is due a number of hours after payment instead
 * @param escalationKind the kind of the escalation that happens when nobody acts
 * @param forecastDays how many days the forecast covers
 */
public record WorkItemRules(
        long imDueSeconds,
        long afterSaleResponseHours,
        long courierLeadMinutes,
        int appealWindowDays,
        int pickupDeadlineDays,
        Map<String, Long> pickupHoursByIndustry,
        EscalationKind escalationKind,
        int forecastDays) {

    public WorkItemRules {
        pickupHoursByIndustry = Map.copyOf(pickupHoursByIndustry);
        Objects.requireNonNull(escalationKind, "escalationKind");
    }
}
