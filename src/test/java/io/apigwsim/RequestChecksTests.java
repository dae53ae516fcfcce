package io.apigwsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which characters a request built by a test may hold, character by character (docs/behavior.md#request-syntax): the
 * characters of RFC 3986 in a target, RFC 9110 token characters in a header name, field-value characters in a header
 * value.
 */
class RequestChecksTests {

    private static final String UNRESERVED_AND_SUB_DELIMS = "-._~!$&'()*+,;=:@/%";
    private static final String TOKEN = "!#$%&'*+-.^_`|~";

    @Test
    void a_target_path_accepts_exactly_the_rfc_3986_path_characters() {
        List<String> refused = new ArrayList<>();
        for (char c = 0; c < 0x100; c++) {
            String target = "/a" + c + "b";
            if (!accepted(() -> RequestChecks.target(target))) {
                refused.add(Integer.toHexString(c));
            }
        }

        assertThat(refused).containsExactlyElementsOf(complement(UNRESERVED_AND_SUB_DELIMS + "?"));
    }

    @Test
    void a_target_query_accepts_the_same_characters_and_question_marks() {
        assertThatCode(() -> RequestChecks.target("/a?b=/?:@" + UNRESERVED_AND_SUB_DELIMS + "&c?"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> RequestChecks.target("/a?b=[1]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Request target \"/a?b=[1]\" holds \"[\" at index 5, which a client cannot send in a URL"
                        + " query (RFC 3986 allows letters, digits and -._~!$&'()*+,;=:@/%?); percent-encode it, as in"
                        + " \"/a?b=%5B1]\"");
    }

    @Test
    void a_fragment_is_refused_with_the_target_without_it() {
        assertThatThrownBy(() -> RequestChecks.target("/pets#top"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Request target \"/pets#top\" holds \"#\" at index 5: a client never sends the fragment"
                        + " that \"#\" starts (RFC 3986); leave it out, as in \"/pets\", or percent-encode it as %23");
    }

    @Test
    void a_control_character_is_shown_escaped_and_encoded_in_the_fix() {
        assertThatThrownBy(() -> RequestChecks.target("/pets\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Request target \"/pets\\n\" holds U+000A at index 5, which a client cannot send in a URL"
                        + " path (RFC 3986 allows letters, digits and -._~!$&'()*+,;=:@/%); percent-encode it, as in"
                        + " \"/pets%0A\"");
    }

    @Test
    void a_non_ascii_character_is_encoded_as_utf_8_in_the_fix() {
        assertThatThrownBy(() -> RequestChecks.target("/caf\u00e9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("percent-encode it, as in \"/caf%C3%A9\"");
    }

    @Test
    void a_header_name_accepts_exactly_the_token_characters() {
        List<String> refused = new ArrayList<>();
        for (char c = 0; c < 0x100; c++) {
            String name = "a" + c + "b";
            if (!accepted(() -> RequestChecks.headerName(name))) {
                refused.add(Integer.toHexString(c));
            }
        }

        assertThat(refused).containsExactlyElementsOf(complement(TOKEN));
    }

    @Test
    void an_empty_header_name_is_refused() {
        assertThatThrownBy(() -> RequestChecks.headerName(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Request header name is empty; a header name is an RFC 9110 token of letters, digits and"
                        + " !#$%&'*+-.^_`|~, such as \"X-Request-Id\"");
    }

    @Test
    void a_header_value_refuses_exactly_the_control_characters_but_tab() {
        List<String> refused = new ArrayList<>();
        for (char c = 0; c < 0x100; c++) {
            String value = "a" + c + "b";
            if (!accepted(() -> RequestChecks.headerValue("X-A", value))) {
                refused.add(Integer.toHexString(c));
            }
        }

        List<String> controls = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\t') {
                controls.add(Integer.toHexString(c));
            }
        }
        controls.add("7f");
        assertThat(refused).containsExactlyElementsOf(controls);
    }

    @Test
    void a_header_value_with_white_space_at_an_end_is_refused_with_the_stripped_value() {
        assertThatThrownBy(() -> RequestChecks.headerValue("X-A", " a b\t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Request header X-A has the value \" a b\\t\", which starts or ends with white space: a"
                        + " server drops it (RFC 9110), so the function would never see it; send \"a b\"");
    }

    private static boolean accepted(Runnable check) {
        try {
            check.run();
            return true;
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /** The hex codes of the characters below 0x100 that are neither letters, digits nor in {@code allowed}. */
    private static List<String> complement(String allowed) {
        List<String> others = new ArrayList<>();
        for (char c = 0; c < 0x100; c++) {
            boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && allowed.indexOf(c) < 0) {
                others.add(Integer.toHexString(c));
            }
        }
        return others;
    }
}
