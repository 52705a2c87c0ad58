package com.scoredesk.activity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImSessionRepository extends JpaRepository<ImSession, Long> {

    Optional<ImSession> findByShopIdAndSessionId(long shopId, String sessionId);

    long countByShopId(long shopId);
}
