package com.scoredesk.importing;

import com.scoredesk.scoring.bundle.RowException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Imports the rows of one activity file: parses them, rejects bad rows and duplicate keys (the later row is the
 * bad one), and hands batches to the {@link BatchWriter}.
 */
final class FileImporter {

    private final BatchWriter writer;
    private final int batchSize;
    private final int maxErrors;

    FileImporter(BatchWriter writer, int batchSize, int maxErrors) {
        this.writer = writer;
        this.batchSize = batchSize;
        this.maxErrors = maxErrors;
    }

    interface BatchDone {
        void rows(long rowsRead);
    }

    FileReport importRows(long shopId, String file, ImportKind kind, SheetReader reader, BatchDone progress)
            throws IOException {
        RowParser parser = new RowParser(kind, reader.headers());
        FileCounts counts = new FileCounts(file, maxErrors);
        if (!parser.missingColumns().isEmpty()) {
            String reason = "missing column " + String.join(", ", parser.missingColumns());
            SheetRow row;
            while ((row = reader.next()) != null) {
                counts.read++;
                counts.reject(row.line(), reason);
            }
            if (counts.read == 0) {
                counts.reject(1, reason);
            }
            return counts.report(kind.id());
        }
        BatchWriter.FileState state = writer.start(shopId, kind, parser.present());
        int[] keyIndexes = kind.key().stream().mapToInt(kind::indexOf).toArray();
        Set<String> seen = new HashSet<>();
        List<Candidate> batch = new ArrayList<>(batchSize);
        SheetRow row;
        while ((row = next(reader, counts)) != null) {
            counts.read++;
            Candidate candidate;
            try {
                candidate = parser.parse(row);
            } catch (RowException e) {
                counts.reject(row.line(), String.valueOf(e.getMessage()));
                continue;
            }
            String key = keyText(candidate.values(), keyIndexes);
            if (!seen.add(key)) {
                counts.reject(
                        row.line(), "duplicate " + keyDescription(kind) + " '" + key.replace('\u001f', ' ') + "'");
                continue;
            }
            batch.add(candidate);
            if (batch.size() >= batchSize) {
                state.write(batch, counts);
                batch.clear();
                progress.rows(counts.read);
            }
        }
        if (!batch.isEmpty()) {
            state.write(batch, counts);
        }
        progress.rows(counts.read);
        return counts.report(kind.id());
    }

    /** The next row, or {@code null} at the end or where the file cannot be read on (reported as a rejection). */
    private static @Nullable SheetRow next(SheetReader reader, FileCounts counts) throws IOException {
        try {
            return reader.next();
        } catch (MalformedFileException e) {
            counts.read++;
            counts.reject(e.line(), String.valueOf(e.getMessage()));
            return null;
        }
    }

    private static String keyDescription(ImportKind kind) {
        return String.join(
                " + ", kind.key().stream().map(k -> kind.column(k).header()).toList());
    }

    private static String keyText(@Nullable Object[] values, int[] keyIndexes) {
        if (keyIndexes.length == 1) {
            return String.valueOf(values[keyIndexes[0]]);
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keyIndexes.length; i++) {
            if (i > 0) {
                key.append('\u001f');
            }
            key.append(values[keyIndexes[i]]);
        }
        return key.toString();
    }
}
