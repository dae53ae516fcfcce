package io.apigwsim.internal.loader.sam;

import io.apigwsim.definition.CorsConfiguration;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import io.apigwsim.internal.loader.node.ScalarNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An HTTP API's {@code CorsConfiguration}: SAM's {@code true} (every origin) or the object SAM and CloudFormation
 * write, which API Gateway's built-in CORS serves (docs/behavior.md#sam-http-api-cors).
 */
final class HttpCors {

    private static final List<String> FIELDS =
            List.of("AllowOrigins", "AllowHeaders", "AllowMethods", "ExposeHeaders", "MaxAge", "AllowCredentials");

    private HttpCors() {}

    /**
     * Read the {@code CorsConfiguration} property.
     *
     * @param cors the resolved property
     * @param booleanAllowed whether {@code true} may stand for every origin, as SAM (not CloudFormation) allows
     * @return the configuration, or empty for {@code false}
     */
    static Optional<CorsConfiguration> read(Node cors, boolean booleanAllowed) {
        if (booleanAllowed && cors instanceof ScalarNode) {
            return SamFields.bool(cors, "CorsConfiguration")
                    ? Optional.of(CorsConfiguration.builder().allowOrigins("*").build())
                    : Optional.empty();
        }
        if (!(cors instanceof MapNode settings)) {
            throw cors.location()
                    .error("CorsConfiguration must be "
                            + (booleanAllowed ? "true (every origin) or " : "")
                            + "an object with AllowOrigins, AllowHeaders, AllowMethods, ExposeHeaders, MaxAge and"
                            + " AllowCredentials; not " + cors.kind());
        }
        settings.checkFields("CorsConfiguration", FIELDS);
        List<String> origins = list(settings, "AllowOrigins");
        boolean credentials = SamFields.bool(settings, "AllowCredentials", "CorsConfiguration")
                .orElse(false);
        if (credentials && origins.equals(List.of("*"))) {
            throw settings.location()
                    .error("CorsConfiguration sets AllowCredentials: true with AllowOrigins [\"*\"], which SAM refuses:"
                            + " browsers send no credentials to any origin; name the origins, such as"
                            + " https://app.example.com");
        }
        Optional<Long> maxAge =
                settings.get("MaxAge").map(node -> SamFields.integer(node, "CorsConfiguration.MaxAge", 0, 86_400));
        return Optional.of(SamFields.at(settings.location(), () -> {
            CorsConfiguration.Builder builder = CorsConfiguration.builder()
                    .allowOrigins(origins.toArray(String[]::new))
                    .allowHeaders(list(settings, "AllowHeaders").toArray(String[]::new))
                    .allowMethods(list(settings, "AllowMethods").toArray(String[]::new))
                    .exposeHeaders(list(settings, "ExposeHeaders").toArray(String[]::new))
                    .allowCredentials(credentials);
            maxAge.ifPresent(seconds -> builder.maxAge(Duration.ofSeconds(seconds)));
            return builder.build();
        }));
    }

    private static List<String> list(MapNode settings, String field) {
        return settings.get(field)
                .map(node -> SamFields.texts(node, "CorsConfiguration." + field))
                .orElse(List.of());
    }
}
