package com.scoredesk.appeal;

import com.scoredesk.scoring.model.AppealStatus;

/** The appeal is not in the state the step needs (e.g. submitting an appeal that was submitted already). */
public class AppealStateException extends IllegalStateException {

    private final AppealStatus actual;
    private final AppealStatus required;

    public AppealStateException(AppealStatus actual, AppealStatus required) {
        super("the appeal is " + actual + ", not " + required);
        this.actual = actual;
        this.required = required;
    }

    public AppealStatus actual() {
        return actual;
    }

    public AppealStatus required() {
        return required;
    }
}
