/** 设置: administrators manage users, their roles and their shops. */
@NullMarked
package com.scoredesk.ui.settings;

import org.jspecify.annotations.NullMarked;
