package io.apigwsim.internal.loader.openapi;

import io.apigwsim.definition.CorsConfiguration;
import io.apigwsim.internal.loader.node.MapNode;
import io.apigwsim.internal.loader.node.Node;
import java.time.Duration;
import java.util.List;

/** Reads {@code x-amazon-apigateway-cors}, an HTTP API's built-in CORS (docs/behavior.md#openapi-cors). */
final class CorsExtension {

    static final String EXTENSION = "x-amazon-apigateway-cors";

    private static final List<String> FIELDS =
            List.of("allowOrigins", "allowCredentials", "exposeHeaders", "maxAge", "allowMethods", "allowHeaders");

    private CorsExtension() {}

    /**
     * The CORS configuration the extension declares.
     *
     * @param extension the extension's value
     * @return the configuration
     */
    static CorsConfiguration read(Node extension) {
        MapNode cors = extension.asMap(EXTENSION).checkFields(EXTENSION, FIELDS);
        CorsConfiguration.Builder builder = CorsConfiguration.builder();
        cors.get("allowOrigins")
                .ifPresent(origins ->
                        Placed.at(origins.location(), () -> builder.allowOrigins(texts(origins, "allowOrigins"))));
        cors.get("allowMethods")
                .ifPresent(methods ->
                        Placed.at(methods.location(), () -> builder.allowMethods(texts(methods, "allowMethods"))));
        cors.get("allowHeaders").ifPresent(headers -> builder.allowHeaders(texts(headers, "allowHeaders")));
        cors.get("exposeHeaders").ifPresent(headers -> builder.exposeHeaders(texts(headers, "exposeHeaders")));
        cors.get("maxAge")
                .ifPresent(maxAge ->
                        builder.maxAge(Duration.ofSeconds(Placed.integer(maxAge, "maxAge", 0, Integer.MAX_VALUE))));
        cors.get("allowCredentials")
                .ifPresent(credentials -> builder.allowCredentials(Placed.bool(credentials, "allowCredentials")));
        return builder.build();
    }

    private static String[] texts(Node list, String what) {
        return list.asList(what).texts(what).toArray(String[]::new);
    }
}
