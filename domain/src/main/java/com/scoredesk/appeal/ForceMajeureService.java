package com.scoredesk.appeal;

import com.scoredesk.scoring.model.Province;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The force-majeure records (不可抗力) supervisors keep: a province, a period and the proof. They are regional, not
 * per shop: every shop's parcels to that province in that period get the evidence.
 */
@Service
@Transactional(readOnly = true)
public class ForceMajeureService {

    private final ForceMajeureRepository records;
    private final AppealQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ForceMajeureService(ForceMajeureRepository records, AppealQueries queries, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of the records, latest period first. Any logged-in user may read them. */
    public List<ForceMajeureRecord> list(int offset, int limit) {
        currentUser.require();
        int size = Math.max(1, limit);
        return records.findAllByOrderByStartsOnDescIdDesc(PageRequest.of(Math.max(0, offset) / size, size)).stream()
                .map(this::toRecord)
                .toList();
    }

    public long count() {
        currentUser.require();
        return records.count();
    }

    /**
     * Records an event. Supervisors and administrators only.
     *
     * @param province a province name, with or without its suffix (新疆 or 新疆维吾尔自治区)
     */
    @Transactional
    public ForceMajeureRecord record(
            String province, LocalDate startsOn, LocalDate endsOn, String description, ForceMajeureProof proof) {
        UserSummary user = currentUser.requireRole(Role.SUPERVISOR, Role.ADMIN);
        Province parsed = Province.parse(province == null ? "" : province)
                .orElseThrow(() -> new IllegalArgumentException("unknown province " + province));
        ForceMajeure saved = records.saveAndFlush(
                new ForceMajeure(parsed.shortName(), startsOn, endsOn, description, proof, user.id(), clock.instant()));
        return toRecord(saved);
    }

    @Transactional
    public void delete(long recordId) {
        currentUser.requireRole(Role.SUPERVISOR, Role.ADMIN);
        records.deleteById(recordId);
    }

    private ForceMajeureRecord toRecord(ForceMajeure f) {
        return new ForceMajeureRecord(
                Objects.requireNonNull(f.getId()),
                f.getProvince(),
                f.getStartsOn(),
                f.getEndsOn(),
                f.getDescription(),
                f.getProof(),
                queries.userName(f.getCreatedBy()),
                f.getCreatedAt());
    }
}
