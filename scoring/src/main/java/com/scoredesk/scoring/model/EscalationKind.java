package com.scoredesk.scoring.model;

/** How the buyer went to the platform. */
public enum EscalationKind implements Coded {
    /** 平台介入. */
    ARBITRATION("arbitration"),
    /** Contacted platform customer service. */
    PLATFORM_CS("platform_cs"),
    /** 投诉. */
    COMPLAINT("complaint");

    private final String code;

    EscalationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
