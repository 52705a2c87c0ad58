package com.scoredesk.appeal;

/** The proof the platform accepts for a force-majeure event (商家申诉举证标准, spec section 9). */
public enum ForceMajeureProof {
    /** A news report naming the period and the district. */
    NEWS_REPORT,
    /** A courier outlet's stamped certificate. */
    COURIER_CERTIFICATE,
    /** A government notice. */
    GOVERNMENT_NOTICE,
    /** Fire: a fire-brigade record. */
    FIRE_BRIGADE_RECORD,
    /** Power cut: a notice from the power bureau or village committee. */
    POWER_CUT_NOTICE
}
