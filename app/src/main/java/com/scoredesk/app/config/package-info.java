/** Application-wide beans: the clock, and the scheduling of background jobs. */
@NullMarked
package com.scoredesk.app.config;

import org.jspecify.annotations.NullMarked;
