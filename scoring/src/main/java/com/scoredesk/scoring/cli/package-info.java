/**
 * The {@code score} command as plain Java: {@link com.scoredesk.scoring.cli.ScoreCommand} reads a bundle, scores
 * it and prints the JSON answer or a table. The app's {@code main} calls it without starting Spring.
 */
@NullMarked
package com.scoredesk.scoring.cli;

import org.jspecify.annotations.NullMarked;
