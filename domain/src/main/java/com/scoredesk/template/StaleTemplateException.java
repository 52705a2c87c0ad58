package com.scoredesk.template;

/** Someone else changed or deleted the template since the user opened it. */
public class StaleTemplateException extends RuntimeException {

    public StaleTemplateException(long templateId) {
        super("template " + templateId + " was changed by someone else");
    }
}
