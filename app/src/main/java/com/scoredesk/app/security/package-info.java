/** Login, password hashing and the throttling of failed logins. */
@NullMarked
package com.scoredesk.app.security;

import org.jspecify.annotations.NullMarked;
