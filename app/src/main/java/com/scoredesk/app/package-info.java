/** The Spring Boot assembly of ScoreDesk. */
@NullMarked
package com.scoredesk.app;

import org.jspecify.annotations.NullMarked;
