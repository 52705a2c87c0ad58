package com.scoredesk.scoring.score;

/**
 * The layout of the counter array a pass fills: every indicator's numerator and population, the counts the
 * floor, growth checks, bonuses and deductions need. Counts are plain counts; sums are milliseconds or stars.
 */
final class Slots {

    static final int MAX_BUCKETS = 8;
    static final int MAX_POINTS = 10;

    static final int VALID_PAID = 0;
    static final int SIGNED_VALID = 1;
    static final int NEG_NUM = 2;
    static final int NEG_POP = 3;
    static final int QRL_NUM = 4;
    static final int QRL_POP = 5;
    static final int COMP_NUM = 6;
    static final int COMP_POP = 7;
    static final int PT_POP = 8;
    /** Pickup-timely bucket counts, {@link #MAX_BUCKETS} of them. */
    static final int PT_BUCKET = 9;

    static final int DELIV_SUM = PT_BUCKET + MAX_BUCKETS;
    static final int DELIV_POP = DELIV_SUM + 1;
    static final int DISP_NUM = DELIV_POP + 1;
    static final int DISP_POP = DISP_NUM + 1;
    static final int IM3_NUM = DISP_POP + 1;
    static final int IM3_POP = IM3_NUM + 1;
    static final int RO_SUM = IM3_POP + 1;
    static final int RO_POP = RO_SUM + 1;
    static final int RR_SUM = RO_POP + 1;
    static final int RR_POP = RR_SUM + 1;
    static final int GATE_NUM = RR_POP + 1;
    static final int GATE_POP = GATE_NUM + 1;
    static final int RATING_SUM = GATE_POP + 1;
    static final int RATING_POP = RATING_SUM + 1;
    static final int LOW_RATING = RATING_POP + 1;
    static final int QR_NUM = LOW_RATING + 1;
    static final int QR_POP = QR_NUM + 1;
    static final int PK_POP = QR_POP + 1;
    static final int PK_SUM = PK_POP + 1;
    static final int PK_LATE = PK_SUM + 1;
    static final int PK_PENALTY = PK_LATE + 1;
    /** Orders per pickup-score segment, {@link #MAX_POINTS} of them (the last is the flat tail). */
    static final int PK_SEG_COUNT = PK_PENALTY + 1;
    /** Milliseconds past each segment's start, summed per segment. */
    static final int PK_SEG_SUM = PK_SEG_COUNT + MAX_POINTS;

    static final int WB_POP = PK_SEG_SUM + MAX_POINTS;
    static final int WB_MET = WB_POP + 1;
    static final int LR_NUM = WB_MET + 1;
    static final int DR_NUM = LR_NUM + 1;
    static final int ASR_SUM = DR_NUM + 1;
    static final int ASR_POP = ASR_SUM + 1;
    static final int RND_SUM = ASR_POP + 1;
    static final int RND_POP = RND_SUM + 1;
    static final int DIS_NUM = RND_POP + 1;
    static final int DIS_POP = DIS_NUM + 1;
    static final int HELP_NUM = DIS_POP + 1;
    static final int HELP_POP = HELP_NUM + 1;
    static final int NEXT_DAY = HELP_POP + 1;
    static final int FREIGHT_INS = NEXT_DAY + 1;
    static final int BULKY_INS = FREIGHT_INS + 1;
    static final int HOME_INSTALL = BULKY_INS + 1;
    static final int REMOTE = HOME_INSTALL + 1;
    static final int VIOL_TOTAL = REMOTE + 1;
    /** Violations in the window per {@link com.scoredesk.scoring.model.ViolationKind} ordinal. */
    static final int VIOL_KIND = VIOL_TOTAL + 1;

    static final int SIZE = VIOL_KIND + 8;

    private Slots() {}
}
