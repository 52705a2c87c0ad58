package com.scoredesk.scoring.rules;

import java.time.LocalDate;

/** No rule set is in force on the day asked for (there is none before 2022-12-08). */
public final class NoRuleSetException extends RuleSetException {

    private static final long serialVersionUID = 1L;

    private final LocalDate day;

    public NoRuleSetException(LocalDate day) {
        super("no rule set is in force on " + day);
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }
}
