package com.scoredesk.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ShopOrderRepository extends JpaRepository<ShopOrder, Long> {

    Optional<ShopOrder> findByShopIdAndOrderId(long shopId, String orderId);

    long countByShopId(long shopId);

    /** Orders paid since {@code paidSince} that wait for the courier, oldest first: the pickup worklist. */
    @Query(
            """
            select o from ShopOrder o
            where o.shopId = :shopId and o.pickedUpAt is null and o.paidAt >= :paidSince and o.paidAt < :now
              and o.virtual = false
            order by o.paidAt, o.orderId""")
    List<ShopOrder> findNotPickedUp(long shopId, Instant paidSince, Instant now);
}
