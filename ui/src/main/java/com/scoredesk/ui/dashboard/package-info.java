/** 数据看板: the score and the team, for supervisors. */
@NullMarked
package com.scoredesk.ui.dashboard;

import org.jspecify.annotations.NullMarked;
