package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.Integration;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.internal.loader.node.Location;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST API's SAM {@code Cors} property: the {@code OPTIONS} mock method SAM adds to every path of the API, answering
 * preflights with the configured headers (docs/behavior.md#sam-rest-api-cors).
 *
 * @param allowOrigin the {@code Access-Control-Allow-Origin} value, without SAM's single quotes
 * @param allowHeaders the {@code Access-Control-Allow-Headers} value, if configured
 * @param allowMethods the {@code Access-Control-Allow-Methods} value, if configured; else SAM computes it per path
 * @param maxAgeSeconds the {@code Access-Control-Max-Age} value, if configured
 * @param allowCredentials whether {@code Access-Control-Allow-Credentials: true} is sent
 * @param location where the template declares {@code Cors}
 */
record RestCors(
        String allowOrigin,
        Optional<String> allowHeaders,
        Optional<String> allowMethods,
        Optional<Long> maxAgeSeconds,
        boolean allowCredentials,
        Location location) {

    private static final List<String> FIELDS =
            List.of("AllowMethods", "AllowHeaders", "AllowOrigin", "MaxAge", "AllowCredentials");
    private static final Pattern LITERAL = Pattern.compile("'(.*)'", Pattern.DOTALL);
    // The methods SAM lists for a path with an ANY method.
    private static final List<String> ALL_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    RestCors {
        Objects.requireNonNull(allowOrigin, "allowOrigin");
        Objects.requireNonNull(allowHeaders, "allowHeaders");
        Objects.requireNonNull(allowMethods, "allowMethods");
        Objects.requireNonNull(maxAgeSeconds, "maxAgeSeconds");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Read the {@code Cors} property: a string, the {@code AllowOrigin} value, or an object.
     *
     * @param cors the resolved property
     * @return the configuration
     */
    static RestCors read(Node cors) {
        if (cors instanceof ScalarNode) {
            return new RestCors(
                    literal(cors, "Cors"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    false,
                    cors.location());
        }
        if (!(cors instanceof MapNode settings)) {
            throw cors.location()
                    .error("Cors must be the allowed origin in single quotes, such as \"'*'\", or an object with"
                            + " AllowOrigin, AllowHeaders, AllowMethods, MaxAge and AllowCredentials; not "
                            + cors.kind());
        }
        settings.checkFields("Cors", FIELDS);
        // SAM's AllowOrigin is '*' unless set.
        Optional<Node> originNode = settings.get("AllowOrigin");
        String origin =
                originNode.map(node -> literal(node, "Cors.AllowOrigin")).orElse("*");
        boolean credentials =
                SamFields.bool(settings, "AllowCredentials", "Cors").orElse(false);
        if (credentials && origin.equals("*")) {
            throw settings.location()
                    .error("Cors sets AllowCredentials: true with AllowOrigin \"'*'\""
                            + (originNode.isEmpty() ? " (its default)" : "") + ", which SAM refuses: browsers send"
                            + " no credentials to any origin; name the origin, such as \"'https://app.example.com'\"");
        }
        Optional<Long> maxAge = settings.get("MaxAge").map(node -> {
            String seconds = literal(node, "Cors.MaxAge");
            if (!seconds.matches("[0-9]{1,9}")) {
                throw node.location()
                        .error("Cors.MaxAge is \"" + seconds + "\" in quotes; write a number of seconds, such as"
                                + " \"'600'\"");
            }
            return Long.parseLong(seconds);
        });
        return new RestCors(
                origin,
                settings.get("AllowHeaders").map(node -> literal(node, "Cors.AllowHeaders")),
                settings.get("AllowMethods").map(node -> literal(node, "Cors.AllowMethods")),
                maxAge,
                credentials,
                settings.location());
    }

    // SAM hands each value to API Gateway as a mapping expression, where a literal is written in single quotes;
    // API Gateway refuses to deploy an unquoted one (docs/behavior.md#sam-rest-api-cors).
    private static String literal(Node node, String what) {
        String text = SamFields.text(node, what);
        Matcher quoted = LITERAL.matcher(text);
        if (!quoted.matches()) {
            throw node.location()
                    .error(what + " is \"" + text + "\", without the single quotes SAM needs: it hands the value to"
                            + " API Gateway as a mapping expression, which refuses to deploy it (Invalid mapping"
                            + " expression specified); write \"'" + text + "'\"");
        }
        return quoted.group(1);
    }

    /**
     * The integration of the {@code OPTIONS} method SAM adds to a path.
     *
     * @param methods the path's methods, upper case
     * @return the mock integration
     */
    MockIntegration preflight(Set<String> methods) {
        String methodsValue = allowMethods.orElseGet(() -> computedAllowMethods(methods));
        return SamFields.at(location, () -> {
            MockIntegration.CorsPreflightBuilder preflight =
                    Integration.corsPreflight(allowOrigin).allowMethods(methodsValue);
            allowHeaders.ifPresent(preflight::allowHeaders);
            maxAgeSeconds.ifPresent(preflight::maxAge);
            if (allowCredentials) {
                preflight.allowCredentials();
            }
            return preflight.build();
        });
    }

    // SAM's default: the path's methods and OPTIONS, upper case, sorted; every method for ANY.
    private static String computedAllowMethods(Set<String> methods) {
        if (methods.contains("ANY")) {
            return String.join(",", ALL_METHODS);
        }
        Set<String> allowed = new TreeSet<>(methods);
        allowed.add("OPTIONS");
        return String.join(",", allowed);
    }
}
