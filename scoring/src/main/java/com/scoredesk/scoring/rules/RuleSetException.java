package com.scoredesk.scoring.rules;

/** A rule-set file or override that cannot be read, or a date no rule set covers. */
public class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RuleSetException(String message) {
        super(message);
    }

    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
