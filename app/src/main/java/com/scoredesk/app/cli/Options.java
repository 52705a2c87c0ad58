package com.scoredesk.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of a command: {@code --name value} options from a known set, and the rest as operands. Spring's own
 * {@code --name=value} arguments are left to Spring.
 */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> operands = new ArrayList<>();

    private Options() {}

    /** Reads {@code args} after the command word; {@code withValue} are the options that take a value. */
    static Options parse(String[] args, Set<String> withValue) throws UsageException {
        Options o = new Options();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--") && arg.contains("=")) {
                continue;
            }
            if (withValue.contains(arg)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(arg + " needs a value");
                }
                o.values.put(arg, args[++i]);
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else {
                o.operands.add(arg);
            }
        }
        return o;
    }

    @Nullable
    String get(String option) {
        return values.get(option);
    }

    String require(String option) throws UsageException {
        String value = values.get(option);
        if (value == null) {
            throw new UsageException(option + " is required");
        }
        return value;
    }

    List<String> operands() {
        return List.copyOf(operands);
    }

    /** Bad arguments: the message says which. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
