package com.scoredesk.appeal;

import java.time.Instant;
import java.time.LocalDate;

/** A force-majeure record as views show it. {@code province} is the short name (新疆, 上海). */
public record ForceMajeureRecord(
        long id,
        String province,
        LocalDate startsOn,
        LocalDate endsOn,
        String description,
        ForceMajeureProof proof,
        String createdBy,
        Instant createdAt) {}
