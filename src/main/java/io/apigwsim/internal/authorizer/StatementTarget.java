package io.apigwsim.internal.authorizer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What one statement covers on one axis: its {@code Action} or {@code NotAction} patterns, or its {@code Resource} or
 * {@code NotResource} patterns. A {@code Not} element covers everything its patterns do not match.
 *
 * @param element the element as written in the statement, such as {@code NotResource}
 * @param patterns the element's patterns; empty for an empty list
 * @param negated whether the element is the {@code Not} form
 */
record StatementTarget(String element, List<WildcardPattern> patterns, boolean negated) {

    StatementTarget {
        patterns = List.copyOf(patterns);
    }

    boolean covers(String value) {
        boolean matched = false;
        for (WildcardPattern pattern : patterns) {
            if (pattern.matches(value)) {
                matched = true;
                break;
            }
        }
        return matched != negated;
    }

    /**
     * Read the element {@code name} or {@code "Not" + name} of a statement: exactly one of the two, a string or a list
     * of strings, each at most {@code maxLength} characters.
     */
    static StatementTarget read(
            JsonNode statement,
            String statementPath,
            String name,
            Function<String, WildcardPattern> compiler,
            int maxLength) {
        String negatedName = "Not" + name;
        boolean plain = statement.has(name);
        boolean negated = statement.has(negatedName);
        if (plain == negated) {
            throw new InvalidAuthorizerOutputException(
                    plain
                            ? AuthorizerMessages.bothOf(statementPath, name, negatedName)
                            : AuthorizerMessages.neitherOf(statementPath, name, negatedName));
        }
        String element = plain ? name : negatedName;
        String path = statementPath + "." + element;
        JsonNode value = statement.get(element);
        List<WildcardPattern> patterns = new ArrayList<>();
        if (value.isTextual()) {
            patterns.add(compile(value, path, compiler, maxLength));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                String itemPath = path + "[" + i + "]";
                if (!item.isTextual()) {
                    throw new InvalidAuthorizerOutputException(AuthorizerMessages.notString(itemPath, item));
                }
                patterns.add(compile(item, itemPath, compiler, maxLength));
            }
        } else {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.notStringOrList(path, value));
        }
        return new StatementTarget(element, patterns, negated);
    }

    private static WildcardPattern compile(
            JsonNode text, String path, Function<String, WildcardPattern> compiler, int maxLength) {
        String pattern = text.textValue();
        int length = pattern.codePointCount(0, pattern.length());
        if (length > maxLength) {
            throw new InvalidAuthorizerOutputException(AuthorizerMessages.resourceTooLong(path, length, maxLength));
        }
        return compiler.apply(pattern);
    }
}
