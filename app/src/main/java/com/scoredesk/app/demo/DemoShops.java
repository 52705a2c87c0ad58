package com.scoredesk.app.demo;

/** The platform ids of the demo shops. */
final class DemoShops {

    static final String FASHION_CODE = "DEMO-FASHION";
    static final String TEA_CODE = "DEMO-TEA";

    private DemoShops() {}
}
