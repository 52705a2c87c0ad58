package com.scoredesk.app.cli;

import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.output.ScoreJson;
import com.scoredesk.scoring.output.ScoreTable;
import com.scoredesk.scoring.rules.RuleSetException;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * {@code score --shop SHOP --as-of DATE [--rule-set ID] [--format json|table] [--lang zh|en]}: the score of a shop
 * from the database, the same JSON as {@code score --data} gives for the same data.
 */
final class ShopScoreCommand {

    private final ShopService shops;
    private final ShopScoreService scores;

    ShopScoreCommand(ApplicationContext context) {
        this.shops = context.getBean(ShopService.class);
        this.scores = context.getBean(ShopScoreService.class);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options options = Options.parse(args, Set.of("--shop", "--as-of", "--rule-set", "--format", "--lang"));
            if (!options.operands().isEmpty()) {
                throw new Options.UsageException(
                        "unexpected argument " + options.operands().getFirst());
            }
            String shop = options.require("--shop");
            LocalDate asOf = date(options.require("--as-of"));
            String format = Optional.ofNullable(options.get("--format")).orElse("json");
            if (!format.equals("json") && !format.equals("table")) {
                throw new Options.UsageException("--format is json or table, got '" + format + "'");
            }
            Locale locale = "en".equals(options.get("--lang")) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            Optional<ShopSummary> found = ShopRefs.find(shops, shop);
            if (found.isEmpty()) {
                err.println("score: no shop " + shop);
                return 2;
            }
            ScoreResult result = scores.scoreUnchecked(found.get().id(), asOf, options.get("--rule-set"));
            out.print(format.equals("table") ? new ScoreTable(locale).render(result) : ScoreJson.toJson(result) + "\n");
            out.flush();
            return 0;
        } catch (Options.UsageException e) {
            err.println("score: " + e.getMessage());
            err.print(CommandLine.USAGE);
            return 2;
        } catch (RuleSetException e) {
            err.println("score: " + e.getMessage());
            return 2;
        }
    }

    private static LocalDate date(String text) throws Options.UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Options.UsageException("--as-of needs a date YYYY-MM-DD, got '" + text + "'");
        }
    }
}
