package com.scoredesk.activity;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The package-private activity beans that other features' slice tests need. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ActivityJdbcWriter.class, ShopDataLoader.class, ShopActivityService.class})
public class ActivityTestSupport {}
