package com.scoredesk.workbench;

/** How a work item ended. */
public enum WorkItemOutcome {
    /** An agent answered the chat round. */
    REPLIED,
    /** An agent agreed to a refund (仅退款): refunded at once. */
    REFUND_AGREED,
    /** An agent agreed to a return or an exchange: the buyer sends the parcel back. */
    RETURN_AGREED,
    /** An agent rejected the after-sale, with a reason. */
    REJECTED,
    /** The activity shows the work was done elsewhere (in 抖店, by the platform) or the item left its window. */
    RESOLVED
}
