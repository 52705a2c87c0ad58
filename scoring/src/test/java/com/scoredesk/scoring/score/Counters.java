package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Slots.*;

import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.ViolationKind;
import com.scoredesk.scoring.rules.RuleSet;
import java.time.LocalDate;

/** Hand-set counters, to test the evaluation of a score without building rows. */
final class Counters {

    final long[] c = new long[Slots.SIZE];

    /** A shop with 1,000 valid paid orders that scores 100 on every 100-point indicator. */
    static Counters perfect() {
        Counters k = new Counters();
        k.set(VALID_PAID, 1000).set(SIGNED_VALID, 1000);
        k.set(RATING_SUM, 490).set(RATING_POP, 100);
        k.set(QR_POP, 1000);
        k.set(PK_POP, 100).set(PK_SUM, 100 * 10 * Timestamps.HOUR);
        k.set(PK_SEG_COUNT, 100).set(PK_SEG_SUM, 100 * 10 * Timestamps.HOUR);
        k.set(WB_POP, 100).set(WB_MET, 100);
        k.set(ASR_POP, 10).set(ASR_SUM, 10 * 2 * Timestamps.HOUR);
        k.set(RND_POP, 100).set(RND_SUM, 100 * 10 * Timestamps.SECOND);
        k.set(DIS_POP, 100);
        k.set(HELP_POP, 1000);
        return k;
    }

    Counters set(int slot, long value) {
        c[slot] = value;
        return this;
    }

    Counters violations(ViolationKind kind, long count) {
        c[VIOL_KIND + kind.ordinal()] = count;
        c[VIOL_TOTAL] += count;
        return this;
    }

    ScoreResult evaluate(RuleSet rules) {
        return evaluate(rules, shop("其他", ShopType.NON_FLAGSHIP));
    }

    ScoreResult evaluate(RuleSet rules, Shop shop) {
        return new Evaluator(rules, shop).evaluate(c.clone(), LocalDate.of(2026, 11, 1));
    }

    static Shop shop(String industry, ShopType type) {
        return new Shop("S1", "店", industry, type, null, false, false);
    }
}
