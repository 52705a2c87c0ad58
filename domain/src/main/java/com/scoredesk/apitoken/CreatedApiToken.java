package com.scoredesk.apitoken;

/** A token just created: {@code token} is shown this once and never again. */
public record CreatedApiToken(ApiTokenSummary summary, String token) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + summary + ", token=…]";
    }
}
