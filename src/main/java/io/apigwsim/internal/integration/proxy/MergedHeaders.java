package io.apigwsim.internal.integration.proxy;

import io.apigwsim.http.Headers.Header;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The headers of a REST proxy response: the {@code multiValueHeaders} values in order, with each {@code headers} value
 * merged in (docs/behavior.md#rest-response-header-merging). A value goes right after the last value of its name
 * (names compared ignoring case) and takes that value's spelling; a name seen nowhere before goes last; the same name
 * and value is kept once. Every step is a hash look-up, so a result with tens of thousands of headers merges in
 * linear time. Add every multi-value header before merging the first single one.
 */
final class MergedHeaders {

    private final List<Header> multiValue = new ArrayList<>();
    private final Map<String, Name> names = new HashMap<>();
    /** Names the multi-value headers do not have, in the order they were first merged: they go last. */
    private final List<Name> appended = new ArrayList<>();

    /** Add a value of {@code multiValueHeaders}. */
    void addMultiValue(String name, String value) {
        Name group = names.computeIfAbsent(key(name), ignored -> new Name(name));
        group.spelling = name;
        group.lastMultiValue = multiValue.size();
        group.values.add(value);
        multiValue.add(new Header(name, value));
    }

    /** Merge a value of {@code headers}. */
    void merge(String name, String value) {
        Name group = names.get(key(name));
        if (group == null) {
            group = new Name(name);
            names.put(key(name), group);
            appended.add(group);
        }
        if (group.values.add(value)) {
            group.merged.add(new Header(group.spelling, value));
        }
    }

    /** Every header in its final order. */
    List<Header> toList() {
        List<Header> headers = new ArrayList<>(multiValue.size() + names.size());
        for (int i = 0; i < multiValue.size(); i++) {
            Header header = multiValue.get(i);
            headers.add(header);
            Name group = names.get(key(header.name()));
            if (group.lastMultiValue == i) {
                headers.addAll(group.merged);
            }
        }
        for (Name group : appended) {
            headers.addAll(group.merged);
        }
        return headers;
    }

    /** Two names have the same key exactly when {@link String#equalsIgnoreCase} holds between them. */
    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.codePoints().forEach(c -> key.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return key.toString();
    }

    /** The values of one header name, compared ignoring case. */
    private static final class Name {

        /** The spelling merged values take: the last multi-value header's, else the first merged one's. */
        private String spelling;
        /** The index of the last multi-value header of this name, or -1. */
        private int lastMultiValue = -1;

        private final Set<String> values = new HashSet<>();
        private final List<Header> merged = new ArrayList<>();

        private Name(String spelling) {
            this.spelling = spelling;
        }
    }
}
