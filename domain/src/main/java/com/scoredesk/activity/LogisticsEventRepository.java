package com.scoredesk.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LogisticsEventRepository extends JpaRepository<LogisticsEvent, Long> {

    long countByShopId(long shopId);

    /** The trace of one parcel, in time order. */
    List<LogisticsEvent> findByShopIdAndOrderIdOrderByOccurredAtAsc(long shopId, String orderId);
}
