/** 话术模板: reply templates. */
@NullMarked
package com.scoredesk.ui.template;

import org.jspecify.annotations.NullMarked;
