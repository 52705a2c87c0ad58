package com.scoredesk.workbench;

import java.sql.Timestamp;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record of what agents finished ({@code work_done}), written in the transaction of the action that finished the
 * item and kept when the item itself is deleted after its retention: the team KPIs count from it.
 */
@Component
class WorkLedger {

    private final JdbcTemplate jdbc;

    WorkLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records {@code item}, which an agent's action has just finished. */
    void finished(WorkItem item) {
        jdbc.update(
                "INSERT INTO work_done (shop_id, item_id, kind, outcome, done_by, done_at, deadline, gained)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                item.getShopId(),
                Objects.requireNonNull(item.getId()),
                item.getKind().name(),
                Objects.requireNonNull(item.getOutcome()).name(),
                item.getDoneBy(),
                Timestamp.from(Objects.requireNonNull(item.getDoneAt())),
                Timestamp.from(item.getDeadline()),
                item.getGained());
    }
}
