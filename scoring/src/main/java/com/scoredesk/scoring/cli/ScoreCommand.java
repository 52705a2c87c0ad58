package com.scoredesk.scoring.cli;

import com.scoredesk.scoring.bundle.Bundle;
import com.scoredesk.scoring.bundle.BundleException;
import com.scoredesk.scoring.bundle.BundleReader;
import com.scoredesk.scoring.bundle.RowError;
import com.scoredesk.scoring.output.ScoreJson;
import com.scoredesk.scoring.output.ScoreTable;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetException;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ScoreResult;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code score --data DIR --as-of YYYY-MM-DD [--rule-set ID] [--format json|table] [--lenient] [--lang zh|en]}:
 * scores the bundle in {@code DIR} for day {@code YYYY-MM-DD} and prints the JSON answer of section 7 of the
 * contract (or a table for people) on {@code out}.
 *
 * <p>Rejected rows are printed on {@code err} as {@code file:line: reason}. Exit status: 0 when scored; 1 when a
 * row was rejected (nothing is scored unless {@code --lenient}, which scores the rows that were read) or the shop
 * row cannot be read; 2 on a usage error (bad arguments, not a bundle, no rule set for the day). A leading {@code
 * score} argument is accepted and skipped, so the app can pass its arguments through.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScoreCommand {

    public static final int OK = 0;
    public static final int REJECTED_ROWS = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT =
            """
            usage: score --data DIR --as-of YYYY-MM-DD [--rule-set ID] [--format json|table] [--lenient] [--lang zh|en]
              --data DIR        a bundle: a folder with shop.csv, orders.csv and the other CSV files
              --as-of DATE      the day T to score (events before T 00:00 Asia/Shanghai count)
              --rule-set ID     pin a rule set (douyin-2022-5pt, douyin-2026-07, douyin-2026-09); default: the one in force on T
              --format F        json (default) or table
              --lenient         score the rows that could be read even when some were rejected
              --lang L          language of the table: zh (default) or en
            """;

    private final RuleSetRegistry registry;
    private final BundleReader reader = new BundleReader();
    private final ExperienceScoreCalculator calculator = new ExperienceScoreCalculator();

    public ScoreCommand() {
        this(RuleSetRegistry.standard());
    }

    /** A command that picks rule sets from {@code registry} (with its overrides). */
    public ScoreCommand(RuleSetRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs the command on the process's standard output and error, written as UTF-8 whatever the platform's
     * console encoding (the answer holds Chinese text), and returns its exit status.
     */
    public int runOnStandardStreams(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        out.flush();
        err.flush();
        return status;
    }

    /** Runs the command and returns its exit status. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("score: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (options.help) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (!Files.isDirectory(options.data)) {
            err.println("score: " + options.data + " is not a directory");
            return USAGE;
        }
        RuleSet rules;
        try {
            rules = options.ruleSet != null ? registry.require(options.ruleSet) : registry.inForce(options.asOf);
        } catch (RuleSetException e) {
            err.println("score: " + e.getMessage());
            return USAGE;
        }
        Bundle bundle;
        try {
            bundle = reader.read(options.data);
        } catch (BundleException e) {
            e.errors().forEach(error -> err.println(error));
            err.println("score: " + e.getMessage());
            return e.errors().isEmpty() ? USAGE : REJECTED_ROWS;
        } catch (IOException e) {
            err.println("score: cannot read " + options.data + ": " + e.getMessage());
            return REJECTED_ROWS;
        }
        for (RowError error : bundle.errors()) {
            err.println(error);
        }
        if (bundle.hasErrors() && !options.lenient) {
            err.println("score: " + bundle.errors().size() + " row(s) rejected; fix them or use --lenient");
            return REJECTED_ROWS;
        }
        RuleSet resolved;
        try {
            resolved = registry.resolve(options.asOf, rules.id(), bundle.data().shop());
        } catch (RuleSetException e) {
            err.println("score: " + e.getMessage());
            return USAGE;
        }
        ScoreResult result = calculator.score(bundle.data(), options.asOf, resolved);
        if (options.table) {
            out.print(new ScoreTable(options.locale).render(result));
        } else {
            out.println(ScoreJson.toJson(result));
        }
        out.flush();
        return OK;
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed arguments. */
    private static final class Options {
        Path data = Path.of(".");
        LocalDate asOf = LocalDate.MIN;

        @Nullable
        String ruleSet;

        boolean table;
        boolean lenient;
        boolean help;
        Locale locale = Locale.SIMPLIFIED_CHINESE;

        static Options parse(String[] args) throws UsageException {
            Options o = new Options();
            boolean hasData = false;
            boolean hasAsOf = false;
            int i = 0;
            if (args.length > 0 && args[0].equals("score")) {
                i = 1;
            }
            for (; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--data" -> {
                        o.data = Path.of(value(args, ++i, arg));
                        hasData = true;
                    }
                    case "--as-of" -> {
                        String v = value(args, ++i, arg);
                        try {
                            o.asOf = LocalDate.parse(v);
                        } catch (DateTimeParseException e) {
                            throw new UsageException("--as-of needs a date YYYY-MM-DD, got '" + v + "'");
                        }
                        hasAsOf = true;
                    }
                    case "--rule-set" -> o.ruleSet = value(args, ++i, arg);
                    case "--format" -> {
                        String v = value(args, ++i, arg);
                        if (!v.equals("json") && !v.equals("table")) {
                            throw new UsageException("--format is json or table, got '" + v + "'");
                        }
                        o.table = v.equals("table");
                    }
                    case "--lang" -> {
                        String v = value(args, ++i, arg);
                        if (!v.equals("zh") && !v.equals("en")) {
                            throw new UsageException("--lang is zh or en, got '" + v + "'");
                        }
                        o.locale = v.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                    }
                    case "--lenient" -> o.lenient = true;
                    case "--help", "-h" -> o.help = true;
                    default -> throw new UsageException("unknown argument '" + arg + "'");
                }
            }
            if (!o.help && (!hasData || !hasAsOf)) {
                throw new UsageException("--data and --as-of are required");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) throws UsageException {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new UsageException(option + " needs a value");
            }
            return args[i];
        }
    }
}
