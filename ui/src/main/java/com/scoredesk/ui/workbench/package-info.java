/** 工作台: where agents work their lists. */
@NullMarked
package com.scoredesk.ui.workbench;

import org.jspecify.annotations.NullMarked;
