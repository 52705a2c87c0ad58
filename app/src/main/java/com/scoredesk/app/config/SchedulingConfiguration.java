package com.scoredesk.app.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on {@code @Scheduled} jobs, such as the daily score history ({@code scoredesk.score.daily-cron}). Only the
 * application schedules: library slices and tests of {@code domain} run no jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
