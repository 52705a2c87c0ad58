/**
 * Per-shop API tokens for integrations (BI tools, order systems): created by an administrator, shown once, stored
 * only as a SHA-256 hash.
 */
@NullMarked
package com.scoredesk.apitoken;

import org.jspecify.annotations.NullMarked;
