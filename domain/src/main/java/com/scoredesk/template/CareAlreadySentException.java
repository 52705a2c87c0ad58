package com.scoredesk.template;

/** Another agent sent the care message of this order first. */
public class CareAlreadySentException extends RuntimeException {

    private final CareSent sent;

    public CareAlreadySentException(CareSent sent) {
        super("care message of order " + sent.orderId() + " already sent by " + sent.sentBy());
        this.sent = sent;
    }

    public CareSent sent() {
        return sent;
    }
}
