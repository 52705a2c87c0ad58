/**
 * Users of ScoreDesk, their roles and the shops each may see; the current user's rights are checked here, on the
 * server, by every service that touches shop data.
 */
@NullMarked
package com.scoredesk.user;

import org.jspecify.annotations.NullMarked;
