package com.scoredesk.template;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReplyTemplateRepository extends JpaRepository<ReplyTemplate, Long> {

    /** Counts a use without touching the version: using a template never conflicts with editing it. */
    @Modifying
    @Query("update ReplyTemplate t set t.usageCount = t.usageCount + 1, t.lastUsedAt = :at where t.id = :id")
    int countUse(long id, Instant at);
}
