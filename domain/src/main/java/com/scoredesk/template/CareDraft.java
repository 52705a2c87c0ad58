package com.scoredesk.template;

import org.jspecify.annotations.Nullable;

/**
 * The care message offered for a signed order: the most used 签收关怀 template filled from the order.
 *
 * @param templateId the template it came from; {@code null} when the library has no 签收关怀 template
 */
public record CareDraft(String orderId, @Nullable Long templateId, RenderedText text) {}
