package com.scoredesk.workbench;

import com.scoredesk.workbench.WorkItemDetail.AfterSaleInfo;
import com.scoredesk.workbench.WorkItemDetail.ChatRound;
import com.scoredesk.workbench.WorkItemDetail.OrderInfo;
import com.scoredesk.workbench.WorkItemDetail.ReviewInfo;
import com.scoredesk.workbench.WorkItemDetail.TraceNode;
import java.util.List;
import java.util.Objects;

/**
 * An order on its own, for an order that has no work item: the order with its parcel trace, after-sales, reviews and
 * chat rounds, to read (there is nothing to act on).
 */
public record OrderDetail(
        OrderInfo order,
        List<TraceNode> trace,
        List<AfterSaleInfo> afterSales,
        List<ReviewInfo> reviews,
        List<ChatRound> rounds) {

    public OrderDetail {
        Objects.requireNonNull(order, "order");
        trace = List.copyOf(trace);
        afterSales = List.copyOf(afterSales);
        reviews = List.copyOf(reviews);
        rounds = List.copyOf(rounds);
    }
}
