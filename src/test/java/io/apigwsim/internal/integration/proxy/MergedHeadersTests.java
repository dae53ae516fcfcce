package io.apigwsim.internal.integration.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.http.Headers.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The linear merge of a REST proxy result's headers gives exactly what the rule gives applied header by header
 * (docs/behavior.md#rest-response-header-merging), checked against that direct, quadratic reading of the rule.
 */
class MergedHeadersTests {

    private static final int CASES = 500;

    // Names differing only in case merge under the spelling of the last multi-value header of the name.
    @Test
    void a_value_follows_the_last_multi_value_header_of_its_name_under_its_spelling() {
        MergedHeaders headers = new MergedHeaders();
        headers.addMultiValue("X-A", "1");
        headers.addMultiValue("Y", "y");
        headers.addMultiValue("x-a", "2");
        headers.addMultiValue("Z", "z");
        headers.merge("X-a", "3");
        headers.merge("new", "n");
        headers.merge("y", "y2");
        headers.merge("NEW", "n2");

        assertThat(headers.toList())
                .containsExactly(
                        new Header("X-A", "1"),
                        new Header("Y", "y"),
                        new Header("Y", "y2"),
                        new Header("x-a", "2"),
                        new Header("x-a", "3"),
                        new Header("Z", "z"),
                        new Header("new", "n"),
                        new Header("new", "n2"));
    }

    // The same name and value in both maps is kept once (docs/behavior.md#rest-response-header-merging).
    @Test
    void the_same_name_and_value_is_kept_once() {
        MergedHeaders headers = new MergedHeaders();
        headers.addMultiValue("X-A", "1");
        headers.addMultiValue("X-A", "1");
        headers.merge("x-a", "1");

        assertThat(headers.toList()).containsExactly(new Header("X-A", "1"), new Header("X-A", "1"));
    }

    // Case folding follows String.equalsIgnoreCase, including letters whose upper case folds further.
    @Test
    void names_compare_as_equals_ignore_case_does() {
        MergedHeaders headers = new MergedHeaders();
        headers.addMultiValue("\u212A-Id", "kelvin");
        headers.merge("k-id", "k");

        assertThat(headers.toList()).containsExactly(new Header("\u212A-Id", "kelvin"), new Header("\u212A-Id", "k"));
    }

    // Random results from a small set of names and values, checked against the reference.
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20261202L})
    void merging_gives_what_the_rule_gives_header_by_header(long seed) {
        Random random = new Random(seed);
        for (int index = 0; index < CASES; index++) {
            List<Header> multiValue = draw(random, random.nextInt(6));
            List<Header> single = draw(random, random.nextInt(6));
            MergedHeaders merged = new MergedHeaders();
            multiValue.forEach(header -> merged.addMultiValue(header.name(), header.value()));
            single.forEach(header -> merged.merge(header.name(), header.value()));

            List<Header> actual = merged.toList();
            List<Header> expected = reference(multiValue, single);
            if (!actual.equals(expected)) {
                throw new AssertionError("seed " + seed + ", case " + index + " (counting from 0) drawn from new"
                        + " Random(seed): multiValueHeaders " + multiValue + ", headers " + single
                        + System.lineSeparator()
                        + "expected " + expected + System.lineSeparator() + "but was  " + actual);
            }
        }
    }

    private static List<Header> draw(Random random, int count) {
        List<String> names = List.of("X-A", "x-a", "X-a", "Y", "y", "Z");
        List<String> values = List.of("1", "2", "3");
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            headers.add(new Header(names.get(random.nextInt(names.size())), values.get(random.nextInt(values.size()))));
        }
        return headers;
    }

    /** The rule applied one header at a time: scan for the name, keep a known value once, insert after the last. */
    private static List<Header> reference(List<Header> multiValue, List<Header> single) {
        List<Header> headers = new ArrayList<>(multiValue);
        for (Header header : single) {
            String spelling = header.name();
            int last = -1;
            boolean known = false;
            for (int i = 0; i < headers.size(); i++) {
                Header existing = headers.get(i);
                if (existing.name().equalsIgnoreCase(header.name())) {
                    if (existing.value().equals(header.value())) {
                        known = true;
                        break;
                    }
                    spelling = existing.name();
                    last = i;
                }
            }
            if (known) {
                continue;
            }
            Header merged = new Header(spelling, header.value());
            if (last < 0) {
                headers.add(merged);
            } else {
                headers.add(last + 1, merged);
            }
        }
        return headers;
    }
}
