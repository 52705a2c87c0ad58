package com.scoredesk.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

    long countByShopId(long shopId);
}
