/** 差评申诉: appealable bad reviews. */
@NullMarked
package com.scoredesk.ui.appeal;

import org.jspecify.annotations.NullMarked;
