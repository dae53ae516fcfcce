package io.apigwsim.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the wire adds to, or changes in, an exchange's response (docs/behavior.md#serving-response-bytes). */
class WireResponseTests {

    private static HttpResponse response(int status, Headers headers, String body) {
        return new HttpResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String head(HttpResponse response, boolean toHead, boolean close) {
        return new String(WireResponse.head(response, toHead, close), StandardCharsets.UTF_8);
    }

    @Test
    void header_lines_keep_their_order_spelling_and_repeats() {
        Headers headers = Headers.builder()
                .add("content-length", "2")
                .add("X-Multi", "one")
                .add("x-mULTI", "two")
                .add("Set-Cookie", "a=1")
                .build();

        assertThat(head(response(200, headers, "{}"), false, false))
                .isEqualTo(
                        "HTTP/1.1 200 OK\r\ncontent-length: 2\r\nX-Multi: one\r\nx-mULTI: two\r\nSet-Cookie: a=1\r\n\r\n");
    }

    @Test
    void a_response_without_content_length_gets_one_after_its_headers() {
        Headers headers = Headers.builder().add("Content-Type", "text/plain").build();

        assertThat(head(response(201, headers, "héllo"), false, false))
                .isEqualTo("HTTP/1.1 201 Created\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n\r\n");
    }

    @Test
    void no_content_length_is_added_to_a_204_or_to_the_answer_to_head() {
        assertThat(head(response(204, Headers.empty(), ""), false, false)).isEqualTo("HTTP/1.1 204 No Content\r\n\r\n");
        assertThat(head(response(200, Headers.empty(), ""), true, false)).isEqualTo("HTTP/1.1 200 OK\r\n\r\n");
    }

    @Test
    void transfer_encoding_is_left_out_since_the_length_frames_the_body() {
        Headers headers = Headers.builder()
                .add("content-length", "2")
                .add("transfer-encoding", "chunked")
                .build();

        assertThat(head(response(200, headers, "{}"), false, false))
                .isEqualTo("HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n");
    }

    @Test
    void closing_turns_connection_keep_alive_into_close_in_place_or_adds_it() {
        Headers keepAlive = Headers.builder()
                .add("Content-Length", "0")
                .add("Connection", "keep-alive")
                .add("x-amzn-RequestId", "r")
                .build();

        assertThat(head(response(200, keepAlive, ""), false, true))
                .isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\nx-amzn-RequestId: r\r\n\r\n");
        assertThat(head(
                        response(
                                200,
                                Headers.builder().add("content-length", "0").build(),
                                ""),
                        false,
                        true))
                .isEqualTo("HTTP/1.1 200 OK\r\ncontent-length: 0\r\nConnection: close\r\n\r\n");
    }

    @Test
    void a_line_break_in_a_header_value_becomes_a_space_so_it_cannot_start_another_header() {
        Headers headers = Headers.builder()
                .add("Content-Length", "0")
                .add("X-Note", "a\r\nInjected: yes")
                .build();

        assertThat(head(response(200, headers, ""), false, false))
                .isEqualTo("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Note: a  Injected: yes\r\n\r\n");
    }

    @Test
    void a_status_without_a_registered_reason_has_an_empty_reason_phrase() {
        assertThat(head(
                        response(
                                299,
                                Headers.builder().add("Content-Length", "0").build(),
                                ""),
                        false,
                        false))
                .startsWith("HTTP/1.1 299 \r\n");
    }

    @Test
    void a_function_asking_to_close_is_recognized_among_other_tokens() {
        assertThat(WireResponse.asksToClose(response(
                        200,
                        Headers.builder().add("connection", "Upgrade, Close").build(),
                        "")))
                .isTrue();
        assertThat(WireResponse.asksToClose(response(
                        200, Headers.builder().add("Connection", "keep-alive").build(), "")))
                .isFalse();
    }
}
