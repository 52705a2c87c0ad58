/** The frame around every view: navigation, the shop selector, the language switch. */
@NullMarked
package com.scoredesk.ui.layout;

import org.jspecify.annotations.NullMarked;
