package com.scoredesk.app.demo;

/**
 * How a demo shop's activity is generated.
 *
 * @param code the shop's platform id
 * @param orders orders paid over the 60 days
 * @param trouble 1 is a typical shop; more means more late pickups, slow replies and bad reviews
 * @param waitingBuyers buyers who wrote minutes ago and wait for a reply
 * @param seed the generator's seed: the same seed and clock give the same shop
 */
record DemoShop(String code, int orders, double trouble, int waitingBuyers, long seed) {

    static final DemoShop FASHION = new DemoShop(DemoShops.FASHION_CODE, 3_000, 1.0, 5, 20_261_101L);
    static final DemoShop TEA = new DemoShop(DemoShops.TEA_CODE, 1_500, 1.4, 3, 20_261_102L);
}
