package com.scoredesk.template;

import java.time.Instant;

/** A care message that was sent: what, by whom, when. */
public record CareSent(String orderId, String message, String sentBy, Instant sentAt) {}
