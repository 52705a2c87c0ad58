package com.scoredesk.importing;

import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.score.ScoreHistoryService;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.shop.ShopType;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a shop's activity from bundle files: a bundle folder, single files, or a {@code .zip}; CSV or
 * {@code .xlsx}; canonical or 抖店 Chinese headers. Idempotent: rows are upserted by their natural key within the
 * shop, so importing the same files twice changes nothing, and an import that stopped midway (a crash, a kill) is
 * finished by running it again. Valid rows are written in one transaction per batch; bad rows are reported with
 * file, line and reason and do not stop the rest.
 */
@Service
public class ImportService {

    /** Rejected rows listed per file; more are counted but not listed. */
    public static final int MAX_ERRORS_PER_FILE = 100_000;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final BatchWriter writer;
    private final ShopService shops;
    private final ShopActivityService activity;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final ScoreHistoryService history;
    private final ShopScoreService scores;
    private final ImportStore store;
    private final int batchSize;
    private final int backfillDays;

    ImportService(
            BatchWriter writer,
            ShopService shops,
            ShopActivityService activity,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            ScoreHistoryService history,
            ShopScoreService scores,
            ImportStore store,
            @Value("${scoredesk.import.batch-size:5000}") int batchSize,
            @Value("${scoredesk.import.backfill-days:180}") int backfillDays) {
        this.writer = writer;
        this.shops = shops;
        this.activity = activity;
        this.currentUser = currentUser;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.history = history;
        this.scores = scores;
        this.store = store;
        this.batchSize = batchSize;
        this.backfillDays = backfillDays;
    }

    /** Imports {@code paths} into shop {@code shopId}, if the current user is an administrator or its supervisor. */
    public ImportReport importFiles(long shopId, List<Path> paths, ImportProgress progress) throws IOException {
        currentUser.requireRole(Role.ADMIN, Role.SUPERVISOR);
        currentUser.requireShop(shopId);
        return importUnchecked(shopId, paths, progress);
    }

    /**
     * Imports into the shop named {@code shop} (its platform id, or its database id), without a user: for the
     * command line. A shop that does not exist yet is registered from the bundle's {@code shop.csv} when that names
     * it.
     *
     * @throws IllegalArgumentException when there is no such shop and no {@code shop.csv} for it
     */
    public ImportReport importForCommand(String shop, List<Path> paths, ImportProgress progress) throws IOException {
        Optional<ShopSummary> found = findShop(shop);
        if (found.isEmpty()) {
            found = registerFromShopFile(shop, paths);
        }
        ShopSummary target = found.orElseThrow(() -> new IllegalArgumentException(
                "no shop " + shop + ", and no shop.csv that describes it among the files"));
        return importUnchecked(target.id(), paths, progress);
    }

    /** The shop with platform id {@code shop}, else the one with database id {@code shop}. */
    public Optional<ShopSummary> findShop(String shop) {
        Optional<ShopSummary> byCode = shops.findByCodeUnchecked(shop);
        if (byCode.isPresent() || !shop.chars().allMatch(Character::isDigit) || shop.isEmpty() || shop.length() > 18) {
            return byCode;
        }
        return shops.findByIdUnchecked(Long.parseLong(shop));
    }

    /** Imports without a user: for the command line, tests and start-up. */
    public ImportReport importUnchecked(long shopId, List<Path> paths, ImportProgress progress) throws IOException {
        ShopSummary shop =
                shops.findByIdUnchecked(shopId).orElseThrow(() -> new IllegalArgumentException("no shop " + shopId));
        boolean firstImport = activity.countsUnchecked(shopId).total() == 0;
        List<FileReport> reports = new ArrayList<>();
        try (ImportSources sources = new ImportSources(paths)) {
            List<Typed> files = ordered(sources.files());
            long total =
                    Math.max(1, files.stream().mapToLong(f -> f.file.size()).sum());
            long done = 0;
            for (Typed typed : files) {
                reports.add(importFile(shop, typed, done, total, progress));
                done += typed.file.size();
            }
        }
        ImportReport report = new ImportReport(shopId, shop.code(), reports);
        long written =
                reports.stream().mapToLong(r -> r.inserted() + r.updated()).sum();
        if (written > 0) {
            transaction.executeWithoutResult(status -> events.publishEvent(new ShopDataChanged(shopId)));
            if (firstImport) {
                backfill(shop);
            }
        }
        log.info(
                "Imported {} file(s) into shop {}: {} row(s) written, {} rejected, first import: {}",
                reports.size(),
                shop.code(),
                written,
                report.rejected(),
                firstImport);
        return report;
    }

    /**
     * Records the score history of a shop's first import: every day from the day after its first order to the day
     * after its last one (today at the latest), at most {@code scoredesk.import.backfill-days} days.
     */
    private void backfill(ShopSummary shop) {
        if (backfillDays <= 0) {
            return;
        }
        Optional<LocalDate[]> paid = store.paidDays(shop.id());
        if (paid.isEmpty()) {
            return;
        }
        LocalDate today = scores.today();
        LocalDate to = paid.get()[1].plusDays(1).isAfter(today) ? today : paid.get()[1].plusDays(1);
        LocalDate earliest = to.minusDays(backfillDays - 1L);
        LocalDate first = paid.get()[0].plusDays(1);
        LocalDate from = first.isAfter(earliest) ? first : earliest;
        if (from.isAfter(to)) {
            return;
        }
        try {
            int days = history.backfillUnchecked(shop.id(), from, to);
            log.info("Recorded {} day(s) of score history of shop {} ({} .. {})", days, shop.code(), from, to);
        } catch (RuntimeException e) {
            // the rows are imported; the history can be recorded later by the daily job
            log.error("Could not record the score history of shop {} after its first import", shop.code(), e);
        }
    }

    private FileReport importFile(ShopSummary shop, Typed typed, long done, long total, ImportProgress progress)
            throws IOException {
        ImportFile file = typed.file;
        if (typed.kind == null && !typed.shopFile) {
            return new FileReport(
                    file.name(),
                    "unknown",
                    0,
                    0,
                    0,
                    0,
                    1,
                    List.of(new RowError(
                            file.name(),
                            1,
                            "not a bundle file: the name and the header match none of section 3's files")));
        }
        try (CountingInputStream in = new CountingInputStream(file.opener().open());
                SheetReader reader = SheetReader.open(file.name(), in)) {
            if (typed.shopFile) {
                return importShop(shop, file.name(), reader);
            }
            FileImporter importer = new FileImporter(writer, batchSize, MAX_ERRORS_PER_FILE);
            return importer.importRows(
                    shop.id(),
                    file.name(),
                    typed.kind,
                    reader,
                    rows -> progress.advanced(file.name(), rows, Math.min(1.0, (done + (double) in.count()) / total)));
        } catch (MalformedFileException e) {
            return new FileReport(
                    file.name(),
                    typed.kind == null ? "shop" : typed.kind.id(),
                    0,
                    0,
                    0,
                    0,
                    1,
                    List.of(new RowError(file.name(), e.line(), String.valueOf(e.getMessage()))));
        }
    }

    private FileReport importShop(ShopSummary shop, String name, SheetReader reader) throws IOException {
        FileCounts counts = new FileCounts(name, MAX_ERRORS_PER_FILE);
        boolean seen = false;
        for (ShopFile.ShopRow row : ShopFile.read(reader)) {
            counts.read++;
            Shop described = row.shop();
            if (described == null) {
                counts.reject(row.line(), String.valueOf(row.error()));
            } else if (seen) {
                counts.reject(row.line(), "shop.csv holds one shop; this row is ignored");
            } else if (!described.shopId().equals(shop.code())) {
                counts.reject(
                        row.line(),
                        "shop_id '" + described.shopId() + "' is not the shop being imported (" + shop.code() + ")");
            } else {
                seen = true;
                if (shops.describeUnchecked(
                        shop.id(),
                        described.name().isBlank() ? shop.name() : described.name(),
                        described.industry(),
                        ShopType.valueOf(described.shopType().name()),
                        described.openedOn(),
                        described.remoteLogisticsService(),
                        described.freightInsuranceEnabled())) {
                    counts.updated++;
                } else {
                    counts.unchanged++;
                }
            }
        }
        return counts.report("shop");
    }

    private Optional<ShopSummary> registerFromShopFile(String code, List<Path> paths) throws IOException {
        try (ImportSources sources = new ImportSources(paths)) {
            for (Typed typed : ordered(sources.files())) {
                if (!typed.shopFile) {
                    continue;
                }
                try (InputStream in = typed.file.opener().open();
                        SheetReader reader = SheetReader.open(typed.file.name(), in)) {
                    for (ShopFile.ShopRow row : ShopFile.read(reader)) {
                        Shop s = row.shop();
                        if (s != null && s.shopId().equals(code)) {
                            com.scoredesk.shop.Shop shop = new com.scoredesk.shop.Shop(
                                    s.shopId(),
                                    s.name().isBlank() ? s.shopId() : s.name(),
                                    s.industry(),
                                    ShopType.valueOf(s.shopType().name()));
                            shop.describe(
                                    shop.getName(),
                                    s.industry(),
                                    shop.getShopType(),
                                    s.openedOn(),
                                    s.remoteLogisticsService(),
                                    s.freightInsuranceEnabled());
                            log.info("Registered shop {} from {}", code, typed.file.name());
                            return Optional.of(shops.registerUnchecked(shop));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The files with their kinds, shop first, then orders and sessions before what refers to them. */
    private static List<Typed> ordered(List<ImportFile> files) throws IOException {
        List<Typed> typed = new ArrayList<>();
        for (ImportFile file : files) {
            typed.add(kindOf(file));
        }
        typed.sort(Comparator.comparingInt(Typed::rank));
        return typed;
    }

    private static Typed kindOf(ImportFile file) throws IOException {
        if (ImportKind.stem(file.name()).equals("shop")) {
            return new Typed(file, null, true);
        }
        Optional<ImportKind> byName = ImportKind.byFileName(file.name());
        if (byName.isPresent()) {
            return new Typed(file, byName.get(), false);
        }
        List<String> headers;
        try (InputStream in = file.opener().open();
                SheetReader reader = SheetReader.open(file.name(), in)) {
            headers = reader.headers();
        } catch (MalformedFileException e) {
            return new Typed(file, null, false);
        }
        if (headers.stream().anyMatch("shop_id"::equalsIgnoreCase)
                && headers.stream().noneMatch("order_id"::equalsIgnoreCase)) {
            return new Typed(file, null, true);
        }
        for (ImportKind kind : List.of(
                ImportKind.IM_ROUNDS,
                ImportKind.AFTER_SALES,
                ImportKind.REVIEWS,
                ImportKind.IM_SESSIONS,
                ImportKind.ESCALATIONS,
                ImportKind.VIOLATIONS,
                ImportKind.LOGISTICS_EVENTS,
                ImportKind.ORDERS)) {
            if (new RowParser(kind, headers).missingColumns().isEmpty()) {
                return new Typed(file, kind, false);
            }
        }
        return new Typed(file, null, false);
    }

    /** A file and what it holds: a kind of activity, the shop, or nothing known ({@code kind} null). */
    private record Typed(ImportFile file, @Nullable ImportKind kind, boolean shopFile) {
        int rank() {
            if (shopFile) {
                return -1;
            }
            return kind == null ? Integer.MAX_VALUE : kind.ordinal();
        }
    }
}
