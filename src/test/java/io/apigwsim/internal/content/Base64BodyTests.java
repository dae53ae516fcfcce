package io.apigwsim.internal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict base64 decoding of proxy result bodies (docs/behavior.md#base64-bodies-in-proxy-results). */
class Base64BodyTests {

    // The standard alphabet with its padding decodes; white space between the characters is skipped.
    @ParameterizedTest(name = "\"{0}\" decodes to \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "QUJD|ABC",
                "QUJDRA==|ABCD",
                "QUJDREU=|ABCDE",
                "QUJDRA|ABCD",
                "' QUJD\tRA==\n'|ABCD",
                "''|''",
                "Pz8/|???",
                "Pj4+|>>>"
            })
    void standard_base64_decodes(String text, String decoded) {
        assertThat(new String(Base64Body.decode(text), StandardCharsets.UTF_8)).isEqualTo(decoded);
    }

    // Line breaks of MIME base64 are skipped.
    @ParameterizedTest
    @ValueSource(strings = {"QUJD\r\nRA==", "QUJD\nRA==", "QU\r\nJDRA=="})
    void line_breaks_are_skipped(String text) {
        assertThat(Base64Body.decode(text)).containsExactly('A', 'B', 'C', 'D');
    }

    // A character outside the alphabet is not skipped: the body does not decode.
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "QUJD!!!!|the body is not valid base64: \"!\" at index 4 is not a base64 character",
                "QUJD-_==|the body is not valid base64: \"-\" at index 4 is not a base64 character",
                "QUJD\u00e9|the body is not valid base64: U+00E9 at index 4 is not a base64 character",
                "QUJD\u007f|the body is not valid base64: U+007F at index 4 is not a base64 character"
            })
    void a_character_outside_the_alphabet_is_refused(String text, String message) {
        assertThatThrownBy(() -> Base64Body.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    // A control character is named by its code point.
    @Test
    void a_control_character_is_named_by_its_code_point() {
        assertThatThrownBy(() -> Base64Body.decode("QUJD\u0000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the body is not valid base64: U+0000 at index 4 is not a base64 character");
    }

    // Padding in the middle and an incomplete last unit do not decode.
    @ParameterizedTest
    @ValueSource(strings = {"A", "AQIDB", "AQ=", "=", "QQ==QQ==", "QUJD=A"})
    void misplaced_padding_and_incomplete_units_are_refused(String text) {
        assertThatThrownBy(() -> Base64Body.decode(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the body is not valid base64: ");
    }
}
