package com.scoredesk.ui.workbench;

import com.scoredesk.workbench.WorkItemKind;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A link to one order of a shop in the workbench, {@code ?shop=<shop id>&order=<order id>[&kind=REVIEW]}: the
 * workbench opens the order's work item (an item of {@code kind} first, when the order has one), or the order to read
 * when it has none.
 *
 * @param shopId the shop's id, {@code -1} when the link's was not a number (no shop has it)
 */
public record OrderLink(long shopId, String orderId, @Nullable WorkItemKind kind) {

    static final String SHOP = "shop";
    static final String ORDER = "order";
    static final String KIND = "kind";

    public OrderLink {
        Objects.requireNonNull(orderId, "orderId");
    }

    public OrderLink(long shopId, String orderId) {
        this(shopId, orderId, null);
    }

    /** The query parameters of the link, for a {@code RouterLink} or a navigation to {@link WorkbenchView}. */
    public QueryParameters parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(SHOP, Long.toString(shopId));
        parameters.put(ORDER, orderId);
        if (kind != null) {
            parameters.put(KIND, kind.name());
        }
        return QueryParameters.simple(parameters);
    }

    /** The link in {@code query}, if it names a shop and an order. */
    static Optional<OrderLink> from(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        String shop = first(parameters, SHOP);
        String order = first(parameters, ORDER);
        if (shop == null || order == null) {
            return Optional.empty();
        }
        return Optional.of(new OrderLink(number(shop), order, kind(first(parameters, KIND))));
    }

    private static long number(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static @Nullable WorkItemKind kind(@Nullable String value) {
        return Arrays.stream(WorkItemKind.values())
                .filter(kind -> kind.name().equalsIgnoreCase(value))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
