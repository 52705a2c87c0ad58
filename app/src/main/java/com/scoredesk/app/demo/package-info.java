/** Demo data for a first start on an empty database: two shops, their team, and their activity. */
@NullMarked
package com.scoredesk.app.demo;

import org.jspecify.annotations.NullMarked;
