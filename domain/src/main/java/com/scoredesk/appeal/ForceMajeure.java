package com.scoredesk.appeal;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A force-majeure event (不可抗力) in a province for a period of days, inclusive, as a supervisor recorded it with
 * its proof. Parcels to that province in that period have evidence for an appeal.
 */
@Entity
@Table(name = "force_majeure")
public class ForceMajeure extends AbstractEntity {

    @Column(nullable = false, length = 40)
    private String province;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false, length = 300)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ForceMajeureProof proof;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ForceMajeure() {}

    ForceMajeure(
            String province,
            LocalDate startsOn,
            LocalDate endsOn,
            String description,
            ForceMajeureProof proof,
            long createdBy,
            Instant createdAt) {
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("a force-majeure period cannot end before it starts");
        }
        if (description == null || description.isBlank() || description.strip().length() > 300) {
            throw new IllegalArgumentException("describe the event in 1-300 characters");
        }
        this.province = Objects.requireNonNull(province, "province");
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.description = description.strip();
        this.proof = Objects.requireNonNull(proof, "proof");
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getProvince() {
        return province;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDescription() {
        return description;
    }

    public ForceMajeureProof getProof() {
        return proof;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
