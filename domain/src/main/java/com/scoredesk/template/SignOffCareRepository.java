package com.scoredesk.template;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffCareRepository extends JpaRepository<SignOffCare, Long> {

    Optional<SignOffCare> findByShopIdAndOrderId(long shopId, String orderId);
}
