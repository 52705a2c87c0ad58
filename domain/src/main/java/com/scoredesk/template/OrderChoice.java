package com.scoredesk.template;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An order to preview a template on: enough to recognise it in a list. */
public record OrderChoice(
        String orderId, @Nullable String buyerNickname, @Nullable String productName, @Nullable Instant paidAt) {}
