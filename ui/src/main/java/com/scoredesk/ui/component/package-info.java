/** Small widgets shared by several views. */
@NullMarked
package com.scoredesk.ui.component;

import org.jspecify.annotations.NullMarked;
