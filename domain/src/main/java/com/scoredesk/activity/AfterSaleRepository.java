package com.scoredesk.activity;

import com.scoredesk.scoring.model.AfterSaleStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AfterSaleRepository extends JpaRepository<AfterSale, Long> {

    Optional<AfterSale> findByShopIdAndAfterSaleId(long shopId, String afterSaleId);

    long countByShopId(long shopId);

    /** After-sales in {@code status}, oldest application first: with PENDING, the after-sale worklist. */
    List<AfterSale> findByShopIdAndStatusOrderByAppliedAtAscAfterSaleIdAsc(long shopId, AfterSaleStatus status);
}
