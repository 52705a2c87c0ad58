package com.scoredesk.ui.workbench;

import com.scoredesk.audit.AuditEntry;
import com.scoredesk.workbench.OrderDetail;
import com.scoredesk.workbench.WorkItemDetail;
import com.scoredesk.workbench.WorkItemDetail.AfterSaleInfo;
import com.scoredesk.workbench.WorkItemDetail.ChatRound;
import com.scoredesk.workbench.WorkItemDetail.OrderInfo;
import com.scoredesk.workbench.WorkItemDetail.ReviewInfo;
import com.scoredesk.workbench.WorkItemDetail.TraceNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What is known about an item's order: the order, its parcel trace, after-sales, reviews, chats and history. */
class ItemFacts extends VerticalLayout {

    ItemFacts(WorkItemDetail detail) {
        this(detail.order(), detail.trace(), detail.afterSales(), detail.reviews(), detail.rounds(), detail.history());
    }

    /** An order without a work item: the same sections, no history. */
    ItemFacts(OrderDetail detail) {
        this(detail.order(), detail.trace(), detail.afterSales(), detail.reviews(), detail.rounds(), List.of());
    }

    private ItemFacts(
            @Nullable OrderInfo order,
            List<TraceNode> trace,
            List<AfterSaleInfo> afterSales,
            List<ReviewInfo> reviews,
            List<ChatRound> rounds,
            List<AuditEntry> history) {
        setId("wb-facts");
        setPadding(false);
        setSpacing(false);
        if (order != null) {
            section("wb.facts.order", "wb-facts-order", orderLines(order));
        }
        section(
                "wb.facts.trace",
                "wb-facts-trace",
                trace.stream()
                        .map(node -> line(
                                WorkbenchFormat.time(node.occurredAt()),
                                WorkbenchFormat.code(this, "node", node.node()),
                                WorkbenchFormat.code(this, "evidence", node.anomaly()),
                                node.description()))
                        .toList());
        section(
                "wb.facts.afterSales",
                "wb-facts-after-sales",
                afterSales.stream()
                        .map(a -> line(
                                WorkbenchFormat.time(a.appliedAt()),
                                WorkbenchFormat.code(this, "tag.AFTER_SALE", a.type()),
                                a.reasonText(),
                                yuan(a.refundAmount()),
                                WorkbenchFormat.code(this, "status", a.status())))
                        .toList());
        section(
                "wb.facts.reviews",
                "wb-facts-reviews",
                reviews.stream()
                        .map(r -> line(
                                WorkbenchFormat.time(r.createdAt()),
                                r.productRating() == null ? null : getTranslation("wb.stars", r.productRating()),
                                r.text(),
                                WorkbenchFormat.code(this, "appeal", r.appealStatus())))
                        .toList());
        section(
                "wb.facts.chats",
                "wb-facts-chats",
                rounds.stream()
                        .map(round -> {
                            List<String> parts = new ArrayList<>();
                            parts.add(getTranslation("wb.chat.buyer", WorkbenchFormat.time(round.buyerMessageAt())));
                            parts.add(
                                    round.humanReplyAt() == null
                                            ? getTranslation("wb.chat.unanswered")
                                            : getTranslation(
                                                    "wb.chat.answered", WorkbenchFormat.time(round.humanReplyAt())));
                            round.replies()
                                    .forEach(reply -> parts.add(getTranslation(
                                            "wb.chat.reply",
                                            reply.sentBy() == null ? "" : reply.sentBy(),
                                            reply.text())));
                            return line(parts.toArray(String[]::new));
                        })
                        .toList());
        section(
                "wb.facts.history",
                "wb-facts-history",
                history.stream().map(this::historyLine).toList());
    }

    private List<Div> orderLines(OrderInfo order) {
        List<Div> lines = new ArrayList<>();
        lines.add(line(
                order.orderId(),
                order.buyer(),
                order.productName(),
                order.sku(),
                order.quantity() == null ? null : "×" + order.quantity(),
                yuan(order.amountPaid())));
        lines.add(line(
                getTranslation("wb.order.paid", WorkbenchFormat.time(order.paidAt())),
                order.promisedShipBy() == null
                        ? null
                        : getTranslation("wb.order.promised", WorkbenchFormat.time(order.promisedShipBy())),
                order.pickedUpAt() == null
                        ? null
                        : getTranslation("wb.order.pickedUp", WorkbenchFormat.time(order.pickedUpAt())),
                order.signedAt() == null
                        ? null
                        : getTranslation("wb.order.signed", WorkbenchFormat.time(order.signedAt()))));
        lines.add(line(
                order.courier(),
                order.waybillNo(),
                order.shipFrom() == null || order.shipTo() == null ? null : order.shipFrom() + " → " + order.shipTo(),
                order.courierUrgedAt() == null
                        ? null
                        : getTranslation("wb.order.urged", WorkbenchFormat.time(order.courierUrgedAt()))));
        return lines;
    }

    private Div historyLine(AuditEntry entry) {
        return line(
                WorkbenchFormat.time(entry.occurredAt()),
                entry.username(),
                getTranslation("wb.audit." + entry.action().replace("work_item.", "")));
    }

    private void section(String titleKey, String id, List<? extends Component> lines) {
        if (lines.isEmpty()) {
            return;
        }
        Div body = new Div();
        body.setId(id);
        lines.forEach(body::add);
        H4 title = new H4(getTranslation(titleKey));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        add(title, body);
    }

    private static Div line(@Nullable String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return new Div(new Span(String.join(" · ", kept)));
    }

    private static @Nullable String yuan(@Nullable BigDecimal amount) {
        return amount == null ? null : "¥" + amount.toPlainString();
    }
}
