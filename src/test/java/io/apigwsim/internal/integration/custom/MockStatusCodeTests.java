package io.apigwsim.internal.integration.custom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the statusCode a mock integration's request template rendered (docs/behavior.md#mock-integrations). */
class MockStatusCodeTests {

    // The documented form, and the unquoted key the AWS CDK writes (recorded as accepted).
    @ParameterizedTest
    @ValueSource(strings = {"{\"statusCode\": 200}", "{\n  \"statusCode\" : 200\n}\n", "{statusCode: 200}"})
    void reads_the_documented_and_the_cdk_forms(String rendered) {
        assertThat(MockStatusCode.read(rendered)).hasValue(200);
    }

    // Any integer, zero and negative ones included (reported).
    @Test
    void reads_any_integer() {
        assertThat(MockStatusCode.read("{\"statusCode\": -1000}")).hasValue(-1000);
        assertThat(MockStatusCode.read("{\"statusCode\": 0}")).hasValue(0);
    }

    // A loose object: keys bare or in either quote, empty members, other members of any shape [UNCERTAIN]
    // (docs/behavior.md#uncertain-mock-integrations).
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{ statusCode: 200 }",
                "{'statusCode': 200, '': ''}",
                "{\"statusCode\": 200 , }",
                "{\"statusCode\": 200 ,, }",
                "{statusCode: 200, \"value\": 'goog'}",
                "{other: {nested: [1, {a: 'b,c'}]}, statusCode: 200}",
                "{statusCode: 200, 'with:colon': \"and,comma\"}"
            })
    void reads_a_loose_object(String rendered) {
        assertThat(MockStatusCode.read(rendered)).hasValue(200);
    }

    // No integer statusCode: a string (reported), a fraction, a number beyond an int, no statusCode, no object,
    // an unbalanced or malformed text.
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"statusCode\": \"200\"}",
                "{statusCode: '200'}",
                "{\"statusCode\": 200.0}",
                "{\"statusCode\": 2e2}",
                "{\"statusCode\": 3000000000}",
                "{\"statusCode\": null}",
                "{\"message\": \"hi\"}",
                "{\"statusCode\": , \"message\": \"hi\"}",
                "[{\"statusCode\": 200}]",
                "200",
                "",
                "statusCode: 200",
                "{\"statusCode\": 200",
                "{statusCode 200}",
                "{'statusCode\": 200 }",
                "{statusCode: 200, {foo: [ba r]}",
                "{status code: 200}"
            })
    void finds_no_status_code(String rendered) {
        assertThat(MockStatusCode.read(rendered)).isEmpty();
    }

    // Property: however the loose object is spelled (key quoting, spacing, members around it, a trailing comma), the
    // integer comes back.
    @Test
    void reads_the_integer_of_any_spelling() {
        long seed = 20_240_611L;
        Random random = new Random(seed);
        String[] keys = {"statusCode", "\"statusCode\"", "'statusCode'"};
        String[] spaces = {"", " ", "\n  ", "\t"};
        String[] others = {"a: 1", "\"b\": [1, 2]", "'c': {d: 'e'}", "f: \"g, h\""};
        for (int i = 0; i < 500; i++) {
            int status = random.nextInt(2_000) - 1_000;
            StringBuilder text = new StringBuilder("{");
            if (random.nextBoolean()) {
                text.append(others[random.nextInt(others.length)]).append(',');
            }
            text.append(spaces[random.nextInt(spaces.length)])
                    .append(keys[random.nextInt(keys.length)])
                    .append(spaces[random.nextInt(spaces.length)])
                    .append(':')
                    .append(spaces[random.nextInt(spaces.length)])
                    .append(status)
                    .append(spaces[random.nextInt(spaces.length)]);
            if (random.nextBoolean()) {
                text.append(',').append(others[random.nextInt(others.length)]);
            }
            if (random.nextBoolean()) {
                text.append(',');
            }
            text.append('}');
            String rendered = text.toString();

            OptionalInt read = MockStatusCode.read(rendered);

            assertThat(read).as("seed %d, case %d: %s", seed, i, rendered).hasValue(status);
        }
    }
}
