package io.apigwsim.assertions;

import io.apigwsim.Exchange;
import io.apigwsim.LambdaPayload;
import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Renders an exchange, or a response alone, as text for failure messages and {@code debug()}: the request,
 * the Lambda event, the Lambda result, the response and the execution log, each under its heading.
 */
final class ExchangeDescription {

    static final int MAX_BODY_CHARS = 2_000;

    private static final String NL = System.lineSeparator();
    private static final String INDENT = "  ";

    private ExchangeDescription() {}

    static String of(Exchange exchange) {
        StringBuilder text = new StringBuilder();
        request(text, exchange.request());
        text.append("Lambda event:").append(NL);
        if (exchange.invoked()) {
            indented(text, Json.pretty(exchange.lambdaEvent().raw()));
        } else {
            indented(text, "(the function was not invoked)");
        }
        text.append("Lambda result:").append(NL);
        lambdaResult(text, exchange);
        response(text, exchange.response());
        text.append("Execution log:").append(NL);
        log(text, exchange.executionLog());
        return text.toString().stripTrailing();
    }

    static String of(HttpResponse response) {
        StringBuilder text = new StringBuilder();
        response(text, response);
        return text.toString().stripTrailing();
    }

    /** Render a body as UTF-8 text cut at {@value #MAX_BODY_CHARS} characters, or as its length when binary. */
    static String body(byte[] body) {
        if (body.length == 0) {
            return "(no body)";
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            return "(" + body.length + " bytes)";
        }
        return truncated(text);
    }

    static String truncated(String text) {
        if (text.length() <= MAX_BODY_CHARS) {
            return text;
        }
        return text.substring(0, MAX_BODY_CHARS) + "... (" + text.length() + " characters in all)";
    }

    private static void request(StringBuilder text, HttpRequest request) {
        text.append("Request:").append(NL);
        indented(text, request.method() + " " + request.target());
        headers(text, request.headers());
        indented(text, body(request.body()));
    }

    private static void lambdaResult(StringBuilder text, Exchange exchange) {
        if (!exchange.invoked()) {
            indented(text, "(the function was not invoked)");
            return;
        }
        Optional<LambdaPayload> result = lambdaResult(exchange);
        if (result.isEmpty()) {
            indented(text, "(the function returned no result)");
            return;
        }
        exchange.functionError().ifPresent(error -> indented(text, "X-Amz-Function-Error: " + error));
        indented(text, truncated(Json.pretty(result.get().raw())));
    }

    /** Return the Lambda result, or empty when the function was invoked but returned none (a timeout). */
    static Optional<LambdaPayload> lambdaResult(Exchange exchange) {
        try {
            return Optional.of(exchange.lambdaResult());
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static void response(StringBuilder text, HttpResponse response) {
        text.append("Response:").append(NL);
        indented(text, String.valueOf(response.status()));
        headers(text, response.headers());
        indented(text, body(response.body()));
    }

    private static void headers(StringBuilder text, Headers headers) {
        for (Headers.Header header : headers.entries()) {
            indented(text, header.toString());
        }
    }

    private static void log(StringBuilder text, List<String> lines) {
        if (lines.isEmpty()) {
            indented(text, "(empty)");
        }
        for (String line : lines) {
            indented(text, line);
        }
    }

    private static void indented(StringBuilder text, String block) {
        for (String line : block.split("\\R", -1)) {
            text.append(INDENT).append(line).append(NL);
        }
    }
}
