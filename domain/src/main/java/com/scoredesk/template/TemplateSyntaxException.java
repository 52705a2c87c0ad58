package com.scoredesk.template;

import java.util.List;
import java.util.stream.Collectors;

/** A template's text cannot be saved: it names unknown variables or has unbalanced braces. */
public class TemplateSyntaxException extends IllegalArgumentException {

    private final List<TemplateProblem> problems;

    public TemplateSyntaxException(List<TemplateProblem> problems) {
        super(problems.stream()
                .map(p -> p.kind() + " '" + p.token() + "' at offset " + p.offset())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in text order. */
    public List<TemplateProblem> problems() {
        return problems;
    }
}
