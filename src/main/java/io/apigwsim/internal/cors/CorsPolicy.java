package io.apigwsim.internal.cors;

import io.apigwsim.definition.CorsConfiguration;
import io.apigwsim.http.Headers;
import io.apigwsim.http.Headers.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP API's built-in CORS (docs/behavior.md#http-api-cors): API Gateway answers preflights itself
 * and, on actual requests, replaces the integration's CORS headers with the configured ones. A request
 * whose Origin is not allowed is still served, without CORS headers.
 */
public final class CorsPolicy {

    private final CorsConfiguration configuration;

    private CorsPolicy(CorsConfiguration configuration) {
        this.configuration = configuration;
    }

    public static CorsPolicy of(CorsConfiguration configuration) {
        return new CorsPolicy(configuration);
    }

    /** A preflight: OPTIONS with Origin and Access-Control-Request-Method. */
    public static boolean isPreflight(String method, Headers headers) {
        return method.equals("OPTIONS")
                && headers.contains("Origin")
                && headers.contains("Access-Control-Request-Method");
    }

    /**
     * The CORS headers of the gateway's preflight answer, or none when the origin, method or a requested
     * header is not allowed; the answer is still 204, as inferred (docs/behavior.md#http-api-cors,
     * #uncertain-http-api-cors).
     */
    public List<Header> preflightHeaders(Headers request) {
        String origin = request.first("Origin").orElse("");
        if (!originAllowed(origin)) {
            return List.of();
        }
        String method =
                request.first("Access-Control-Request-Method").orElse("").trim();
        if (!configuration.allowMethods().contains("*")
                && !configuration.allowMethods().contains(method)) {
            return List.of();
        }
        for (String header : requestedHeaders(request)) {
            if (!headerAllowed(header)) {
                return List.of();
            }
        }
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("access-control-allow-origin", allowOriginValue(origin)));
        if (configuration.allowCredentials()) {
            headers.add(new Header("access-control-allow-credentials", "true"));
        }
        if (!configuration.allowMethods().isEmpty()) {
            headers.add(new Header("access-control-allow-methods", String.join(",", configuration.allowMethods())));
        }
        if (!configuration.allowHeaders().isEmpty()) {
            headers.add(new Header("access-control-allow-headers", String.join(",", configuration.allowHeaders())));
        }
        configuration
                .maxAge()
                .ifPresent(
                        maxAge -> headers.add(new Header("access-control-max-age", Long.toString(maxAge.toSeconds()))));
        return headers;
    }

    /** The CORS headers added to an integration response for a request from this Origin. */
    public List<Header> responseHeaders(Headers request) {
        String origin = request.first("Origin").orElse(null);
        if (origin == null || !originAllowed(origin)) {
            return List.of();
        }
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("access-control-allow-origin", allowOriginValue(origin)));
        if (configuration.allowCredentials()) {
            headers.add(new Header("access-control-allow-credentials", "true"));
        }
        if (!configuration.exposeHeaders().isEmpty()) {
            headers.add(new Header("access-control-expose-headers", String.join(",", configuration.exposeHeaders())));
        }
        return headers;
    }

    /** Whether a response header is a CORS header, which API Gateway ignores when the integration sends it. */
    public static boolean isCorsHeader(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("access-control-");
    }

    // Exact origins, "*", and scheme wildcards such as "https://*" (docs/behavior.md#http-api-cors).
    private boolean originAllowed(String origin) {
        for (String allowed : configuration.allowOrigins()) {
            if (allowed.equals("*") || allowed.equalsIgnoreCase(origin)) {
                return true;
            }
            if (allowed.endsWith("://*") && origin.regionMatches(true, 0, allowed, 0, allowed.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    // "*" is sent as "*" only without credentials; otherwise the request's Origin is echoed.
    private String allowOriginValue(String origin) {
        return configuration.allowOrigins().contains("*") && !configuration.allowCredentials() ? "*" : origin;
    }

    private boolean headerAllowed(String header) {
        for (String allowed : configuration.allowHeaders()) {
            if (allowed.equals("*") || allowed.equalsIgnoreCase(header)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> requestedHeaders(Headers request) {
        List<String> names = new ArrayList<>();
        for (String value : request.all("Access-Control-Request-Headers")) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return names;
    }
}
