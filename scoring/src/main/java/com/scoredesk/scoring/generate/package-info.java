/**
 * Generated shops: {@link com.scoredesk.scoring.generate.ShopGenerator} makes seeded, realistic activity for demo
 * data, tests and the benchmark.
 */
@NullMarked
package com.scoredesk.scoring.generate;

import org.jspecify.annotations.NullMarked;
