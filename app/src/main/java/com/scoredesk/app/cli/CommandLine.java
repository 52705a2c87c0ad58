package com.scoredesk.app.cli;

import com.scoredesk.scoring.cli.ScoreCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Decides what the jar was started for. {@code score --data DIR …} is scoring's plain-Java command: no Spring, no
 * database, nothing but the JSON on stdout. {@code score --shop ID …} and {@code import --shop ID …} need the
 * database: they start the Spring context without a web server, with logs on stderr, so that stdout carries only
 * the command's answer. Anything else starts the web app.
 *
 * <p>Exit status of every command: 0 done, 1 rows rejected (or nothing to score), 2 usage error.
 */
public final class CommandLine {

    static final String USAGE =
            """
            usage: scoredesk                                   start the web app (http://localhost:8080)
                   scoredesk score --data DIR --as-of DATE [--rule-set ID] [--format json|table] [--lenient] [--lang zh|en]
                   scoredesk score --shop SHOP --as-of DATE [--rule-set ID] [--format json|table] [--lang zh|en]
                   scoredesk import --shop SHOP [--errors FILE.csv] DIR|FILE|ZIP ...
              SHOP is the shop's platform id (shop_id of shop.csv) or its ScoreDesk number.
              Spring options such as --spring.profiles.active=postgres may follow any command.
            """;

    private CommandLine() {}

    /**
     * Runs the command that {@code args} names, if any.
     *
     * @param application the Spring Boot application class, for commands that need the database
     * @return the exit status of the command, or empty when {@code args} name no command (start the web app)
     */
    public static OptionalInt run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        return switch (args[0]) {
            case "score" ->
                List.of(args).contains("--shop")
                        ? OptionalInt.of(withSpring(
                                args, application, err, ctx -> new ShopScoreCommand(ctx).run(args, out, err)))
                        : OptionalInt.of(new ScoreCommand().run(args, out, err));
            case "import" ->
                OptionalInt.of(withSpring(args, application, err, ctx -> new ImportCommand(ctx).run(args, out, err)));
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield OptionalInt.of(0);
            }
            default -> OptionalInt.empty();
        };
    }

    @FunctionalInterface
    interface SpringCommand {
        int run(ConfigurableApplicationContext context);
    }

    /** Starts Spring without a web server (logs on stderr), runs {@code command}, and closes Spring again. */
    static int withSpring(String[] args, Class<?> application, PrintStream err, SpringCommand command) {
        String[] springArgs = Arrays.stream(args)
                .filter(arg -> arg.startsWith("--") && arg.contains("="))
                .toArray(String[]::new);
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties(
                            "logging.config=classpath:com/scoredesk/app/cli/logback-cli.xml",
                            "spring.main.register-shutdown-hook=false",
                            // Vaadin's auto-configuration needs a servlet context, which a command has not
                            "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                                    + "com.vaadin.flow.spring.VaadinScopesConfig")
                    .run(springArgs);
        } catch (RuntimeException e) {
            err.println(args[0] + ": cannot start: " + rootMessage(e));
            return 2;
        }
        try (context) {
            return command.run(context);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
