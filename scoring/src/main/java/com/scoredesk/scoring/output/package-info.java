/**
 * Rendering a {@link com.scoredesk.scoring.score.ScoreResult}: {@link com.scoredesk.scoring.output.ScoreJson}
 * writes the JSON answer of section 7 of the contract, {@link com.scoredesk.scoring.output.ScoreTable} a table
 * for people in Chinese or English.
 */
@NullMarked
package com.scoredesk.scoring.output;

import org.jspecify.annotations.NullMarked;
