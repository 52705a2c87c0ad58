/** The login page. */
@NullMarked
package com.scoredesk.ui.login;

import org.jspecify.annotations.NullMarked;
