package com.scoredesk.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ViolationRepository extends JpaRepository<Violation, Long> {

    long countByShopId(long shopId);
}
