package io.apigwsim.internal.jwt;

import io.apigwsim.internal.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A token's claims as the integration receives them: every value a string. The HTTP API JWT authorizer and
 * the REST Cognito authorizer write them differently (docs/behavior.md#jwt-claims-in-events,
 * #cognito-claims-in-events).
 */
public final class EventClaims {

    // java.util.Date.toString() in UTC, whatever the default locale and zone.
    private static final DateTimeFormatter JAVA_DATE = DateTimeFormatter.ofPattern(
                    "EEE MMM dd HH:mm:ss zzz yyyy", Locale.US)
            .withZone(ZoneId.of("UTC"));

    private static final Set<String> REST_DATE_CLAIMS = Set.of("exp", "iat");

    private EventClaims() {}

    /**
     * {@code requestContext.authorizer.jwt.claims} of an HTTP API: keys in sorted order, numbers as their
     * integer text ({@code "exp": "1718722804"}), booleans as {@code "true"}/{@code "false"}, arrays as
     * {@code "[a b]"}, objects as JSON text; null claims left out [UNCERTAIN for arrays, objects and nulls]
     * (docs/behavior.md#jwt-claims-in-events, #uncertain-jwt-and-cognito).
     */
    public static Map<String, String> forHttpApi(Map<String, Object> claims) {
        Map<String, String> sorted = new TreeMap<>();
        claims.forEach((name, value) -> {
            if (value != null) {
                sorted.put(name, text(value));
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /**
     * {@code requestContext.authorizer.claims} of a REST API with a Cognito user pool authorizer: the token's
     * order, {@code exp} and {@code iat} as Java's {@code Date.toString()} in UTC
     * ({@code "Tue Jun 18 15:00:04 UTC 2024"}), every other number as its text ({@code "auth_time": "1718636404"}),
     * arrays such as {@code cognito:groups} as {@code "[a b]"} [UNCERTAIN] (docs/behavior.md#cognito-claims-in-events,
     * #uncertain-jwt-and-cognito).
     */
    public static Map<String, String> forRestCognito(Map<String, Object> claims) {
        Map<String, String> rendered = new LinkedHashMap<>();
        claims.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            if (REST_DATE_CLAIMS.contains(name) && value instanceof Number seconds) {
                rendered.put(name, JAVA_DATE.format(Instant.ofEpochSecond(seconds.longValue())));
            } else {
                rendered.put(name, text(value));
            }
        });
        return Collections.unmodifiableMap(rendered);
    }

    private static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        if (value instanceof Number number) {
            return numberText(number);
        }
        if (value instanceof List<?> list) {
            StringBuilder text = new StringBuilder("[");
            for (Object element : list) {
                if (text.length() > 1) {
                    text.append(' ');
                }
                // Go's fmt writes a nil element of an array as <nil>.
                text.append(element == null ? "<nil>" : text(element));
            }
            return text.append(']').toString();
        }
        if (value instanceof Map<?, ?>) {
            return Json.text(value);
        }
        return String.valueOf(value);
    }

    // An integral number as its integer text, whatever its JSON spelling (1.5e9 too); a fraction as plain decimals.
    private static String numberText(Number number) {
        BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        return decimal.scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
    }
}
