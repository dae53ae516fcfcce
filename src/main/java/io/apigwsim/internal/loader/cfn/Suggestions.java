package io.apigwsim.internal.loader.cfn;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The "did you mean" hint of messages about a misspelled name. */
final class Suggestions {

    private Suggestions() {}

    /**
     * The hint for a name that is not one of the candidates: {@code ; did you mean "Stage"?}, or nothing when no
     * candidate is close.
     */
    static String didYouMean(String name, Collection<String> candidates) {
        String lower = name.toLowerCase();
        Optional<String> closest = candidates.stream()
                .filter(candidate -> distance(candidate.toLowerCase(), lower) <= Math.max(2, name.length() / 4))
                .min(Comparator.comparingInt(candidate -> distance(candidate.toLowerCase(), lower)));
        return closest.map(candidate -> "; did you mean \"" + candidate + "\"?").orElse("");
    }

    /** The end of a sentence about a misspelled name: the hint when a candidate is close, else a period. */
    static String endOfSentence(String name, Collection<String> candidates) {
        String hint = didYouMean(name, candidates);
        return hint.isEmpty() ? "." : hint;
    }

    // Levenshtein distance.
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
