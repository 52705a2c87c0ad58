/**
 * Charts: a free Apache ECharts custom element ({@code <qa-echart>}) and a small typed builder for its option JSON.
 * Vaadin Charts is commercial and is never used.
 */
@NullMarked
package com.scoredesk.ui.chart;

import org.jspecify.annotations.NullMarked;
