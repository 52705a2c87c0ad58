package com.scoredesk.appeal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A suggested appeal: the reason, the text from the 申诉 template written for that reason with the evidence that
 * fits, and the evidence images to attach, within the platform's limits.
 *
 * @param templateId the 申诉 template used; {@code null} when the library has none
 */
public record AppealDraft(
        AppealReason reason, String text, List<String> attachments, @Nullable Long templateId, AppealLimits limits) {

    public AppealDraft {
        attachments = List.copyOf(attachments);
    }
}
