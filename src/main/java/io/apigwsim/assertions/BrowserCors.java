package io.apigwsim.assertions;

import io.apigwsim.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a browser checks before it lets a page read a cross-origin response: the Fetch standard's CORS check and,
 * for a preflight, the checks of its CORS-preflight fetch (https://fetch.spec.whatwg.org/#cors-check,
 * https://fetch.spec.whatwg.org/#cors-preflight-fetch). Each check answers the reason a browser refuses, or empty.
 */
final class BrowserCors {

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    private static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    private static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";

    // Fetch's method normalization upper-cases these six only (PATCH stays as written).
    private static final Set<String> NORMALIZED_METHODS = Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT");
    private static final Set<String> SAFELISTED_METHODS = Set.of("GET", "HEAD", "POST");
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    private BrowserCors() {}

    /** The CORS check of a response to a request from this origin, with or without credentials. */
    static Optional<String> check(HttpResponse response, String origin, boolean credentials) {
        List<String> origins = response.headers().all(ALLOW_ORIGIN);
        if (origins.isEmpty()) {
            return Optional.of("the response has no " + ALLOW_ORIGIN + " header");
        }
        // A browser reads repeated header lines as one value joined with ", ".
        String allowed = String.join(", ", origins);
        if (origins.size() > 1) {
            return Optional.of("the response has " + origins.size() + " " + ALLOW_ORIGIN + " headers, which a"
                    + " browser reads as the one value " + JsonLookup.text(allowed));
        }
        if (allowed.equals("*")) {
            return credentials
                    ? Optional.of(ALLOW_ORIGIN + " is \"*\", which a browser does not accept for a request with"
                            + " credentials; the response must name the origin itself")
                    : Optional.empty();
        }
        if (!allowed.equals(origin)) {
            return Optional.of(ALLOW_ORIGIN + " is " + JsonLookup.text(allowed) + ", which is not the origin"
                    + (credentials ? "" : " and not \"*\"") + " (origins are compared character for character)");
        }
        if (!credentials) {
            return Optional.empty();
        }
        List<String> values = response.headers().all(ALLOW_CREDENTIALS);
        if (values.isEmpty()) {
            return Optional.of("the response has no " + ALLOW_CREDENTIALS + " header, and a request with credentials"
                    + " needs " + ALLOW_CREDENTIALS + ": true");
        }
        String credentialsValue = String.join(", ", values);
        return credentialsValue.equals("true")
                ? Optional.empty()
                : Optional.of(ALLOW_CREDENTIALS + " is " + JsonLookup.text(credentialsValue) + ", not \"true\"");
    }

    /** The checks of the answer to a preflight for this origin, method and request headers, without credentials. */
    static Optional<String> preflight(HttpResponse response, String origin, String method, List<String> headers) {
        Optional<String> refused = check(response, origin, false);
        if (refused.isPresent()) {
            return refused;
        }
        if (response.status() < 200 || response.status() > 299) {
            return Optional.of(
                    "the preflight answer has status " + response.status() + ", and a browser accepts only 200 to 299");
        }
        List<String> methods = new ArrayList<>();
        List<String> headerNames = new ArrayList<>();
        refused = values(response, ALLOW_METHODS, methods).or(() -> values(response, ALLOW_HEADERS, headerNames));
        if (refused.isPresent()) {
            return refused;
        }
        String requested = normalized(method);
        if (!methods.contains(requested) && !SAFELISTED_METHODS.contains(requested) && !methods.contains("*")) {
            return Optional.of(describe(response, ALLOW_METHODS) + " does not list the method " + requested
                    + " (methods are compared case-sensitively; GET, HEAD and POST need no listing)");
        }
        for (String header : headers) {
            boolean listed = headerNames.stream().anyMatch(name -> name.equalsIgnoreCase(header));
            if (listed) {
                continue;
            }
            // Authorization is never covered by "*" (the Fetch standard's CORS non-wildcard request-header name).
            if (header.equalsIgnoreCase("Authorization")) {
                return Optional.of(describe(response, ALLOW_HEADERS) + " does not list Authorization, which \"*\""
                        + " does not cover");
            }
            if (!headerNames.contains("*")) {
                return Optional.of(describe(response, ALLOW_HEADERS) + " does not list the request header " + header);
            }
        }
        return Optional.empty();
    }

    // The comma-separated tokens of a header's lines, added to the list; the reason when one is not a token.
    private static Optional<String> values(HttpResponse response, String name, List<String> into) {
        for (String line : response.headers().all(name)) {
            for (String item : line.split(",", -1)) {
                String value = item.strip();
                if (value.isEmpty()) {
                    continue;
                }
                if (!TOKEN.matcher(value).matches()) {
                    return Optional.of(name + " " + JsonLookup.text(line) + " is not a comma-separated list of"
                            + " names, so a browser refuses the preflight");
                }
                into.add(value);
            }
        }
        return Optional.empty();
    }

    private static String describe(HttpResponse response, String name) {
        List<String> values = response.headers().all(name);
        return values.isEmpty()
                ? "the response has no " + name + " header, so it"
                : name + " " + JsonLookup.text(String.join(", ", values));
    }

    private static String normalized(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return NORMALIZED_METHODS.contains(upper) ? upper : method;
    }
}
