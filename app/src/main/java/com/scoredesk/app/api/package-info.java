/**
 * The REST API for integrations under {@code /api/v1}: a shop's score as the {@code score} command answers it, and
 * the event API. Every request carries a per-shop API token ({@code Authorization: Bearer sd_…}); the API has its
 * own stateless security filter chain, before Vaadin's.
 */
@NullMarked
package com.scoredesk.app.api;

import org.jspecify.annotations.NullMarked;
