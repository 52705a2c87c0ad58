/** Application-wide beans: the clock. */
@NullMarked
package com.scoredesk.app.config;

import org.jspecify.annotations.NullMarked;
