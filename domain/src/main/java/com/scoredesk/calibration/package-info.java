/**
 * 评分校准: the scores the platform showed a shop, entered or imported per day, compared with ScoreDesk's daily
 * history, so that drift between the platform and ScoreDesk's rules (or its ASSUMED numbers) shows.
 */
@NullMarked
package com.scoredesk.calibration;

import org.jspecify.annotations.NullMarked;
