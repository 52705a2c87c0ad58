package com.scoredesk.activity;

import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.ShopDataBuilder;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A row read before the order it refers to has an index in the engine's data: it becomes a record once every order
 * is loaded. A row whose order the shop does not have is dropped, as the bundle reader rejects it.
 *
 * @param dbId the row's database id
 * @param orderId the platform id of its order, {@code null} for a chat about no order
 */
record PendingRow<T>(long dbId, @Nullable String orderId, IntFunction<T> make) {

    Optional<T> resolve(ShopDataBuilder builder) {
        if (orderId == null) {
            return Optional.of(make.apply(ImSession.NO_ORDER));
        }
        OptionalInt order = builder.orderIndex(orderId);
        return order.isPresent() ? Optional.of(make.apply(order.getAsInt())) : Optional.empty();
    }
}
