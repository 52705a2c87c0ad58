package com.scoredesk.importing;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of the event API: a unique id (a retried delivery repeats it), its type, when it happened, and the
 * fields of the bundle row it creates or changes, by their canonical column names ({@code order_id},
 * {@code amount_paid}, …). Values are the cell texts a bundle file would hold.
 */
public record ShopEvent(@Nullable String id, @Nullable String type, @Nullable String at, Map<String, String> fields) {

    public ShopEvent {
        fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
