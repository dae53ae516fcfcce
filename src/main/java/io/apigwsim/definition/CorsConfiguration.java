package io.apigwsim.definition;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP API's built-in CORS configuration ({@code CorsConfiguration}, {@code x-amazon-apigateway-cors}).
 *
 * <p>With it, API Gateway answers preflight {@code OPTIONS} requests itself and adds the CORS headers to
 * the integration's responses, replacing any the function returned. REST APIs have no built-in CORS.
 *
 * <pre>{@code
 * CorsConfiguration cors = CorsConfiguration.builder()
 *         .allowOrigins("https://app.example.com")
 *         .allowMethods("GET", "POST")
 *         .allowHeaders("content-type", "authorization")
 *         .maxAge(Duration.ofMinutes(10))
 *         .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html">Configuring
 *     CORS for an HTTP API</a>
 * @since 0.1
 */
public final class CorsConfiguration {

    private final List<String> allowOrigins;
    private final List<String> allowMethods;
    private final List<String> allowHeaders;
    private final List<String> exposeHeaders;
    private final Duration maxAge;
    private final boolean allowCredentials;

    private CorsConfiguration(Builder builder) {
        this.allowOrigins = List.copyOf(builder.allowOrigins);
        this.allowMethods = List.copyOf(builder.allowMethods);
        this.allowHeaders = List.copyOf(builder.allowHeaders);
        this.exposeHeaders = List.copyOf(builder.exposeHeaders);
        this.maxAge = builder.maxAge;
        this.allowCredentials = builder.allowCredentials;
    }

    /**
     * Start building a CORS configuration.
     *
     * @return a builder that allows nothing yet
     * @since 0.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return the allowed origins.
     *
     * @return origins such as {@code https://app.example.com}, {@code *} or {@code https://*}
     * @since 0.1
     */
    public List<String> allowOrigins() {
        return allowOrigins;
    }

    /**
     * Return the allowed methods.
     *
     * @return methods such as {@code GET}, or {@code *}
     * @since 0.1
     */
    public List<String> allowMethods() {
        return allowMethods;
    }

    /**
     * Return the allowed request headers.
     *
     * @return header names, or {@code *}
     * @since 0.1
     */
    public List<String> allowHeaders() {
        return allowHeaders;
    }

    /**
     * Return the response headers exposed to the browser.
     *
     * @return header names
     * @since 0.1
     */
    public List<String> exposeHeaders() {
        return exposeHeaders;
    }

    /**
     * Return how long a browser may cache a preflight answer.
     *
     * @return the max age, or empty when not set
     * @since 0.1
     */
    public Optional<Duration> maxAge() {
        return Optional.ofNullable(maxAge);
    }

    /**
     * Tell whether credentials are allowed.
     *
     * @return whether {@code access-control-allow-credentials: true} is sent
     * @since 0.1
     */
    public boolean allowCredentials() {
        return allowCredentials;
    }

    @Override
    public String toString() {
        return "CORS allowing origins " + allowOrigins + ", methods " + allowMethods + ", headers " + allowHeaders;
    }

    /**
     * Builds a {@link CorsConfiguration}.
     *
     * @since 0.1
     */
    public static final class Builder {

        private List<String> allowOrigins = List.of();
        private List<String> allowMethods = List.of();
        private List<String> allowHeaders = List.of();
        private List<String> exposeHeaders = List.of();
        private Duration maxAge;
        private boolean allowCredentials;

        private Builder() {}

        /**
         * Set the allowed origins.
         *
         * @param origins exact origins such as {@code https://app.example.com}, {@code *} for any, or
         *     {@code https://*} and {@code http://*} for any origin of that scheme
         * @return this builder
         * @since 0.1
         */
        public Builder allowOrigins(String... origins) {
            for (String origin : origins) {
                if (!origin.equals("*") && !origin.matches("[a-z][a-z0-9+.-]*://[^/\\s]+")) {
                    throw new ApiDefinitionException("CORS origin \"" + origin + "\" is not an origin; write a scheme"
                            + " and a host without a path, for example \"https://app.example.com\", or \"*\"");
                }
            }
            this.allowOrigins = List.of(origins);
            return this;
        }

        /**
         * Set the allowed methods.
         *
         * @param methods upper-case methods such as {@code GET}, or {@code *}
         * @return this builder
         * @since 0.1
         */
        public Builder allowMethods(String... methods) {
            for (String method : methods) {
                if (!method.equals("*") && !method.matches("[A-Z]+")) {
                    throw new ApiDefinitionException("CORS method \"" + method
                            + "\" is not an upper-case HTTP method such as \"GET\", or \"*\"");
                }
            }
            this.allowMethods = List.of(methods);
            return this;
        }

        /**
         * Set the allowed request headers, compared without regard to case.
         *
         * @param headers header names, or {@code *}
         * @return this builder
         * @since 0.1
         */
        public Builder allowHeaders(String... headers) {
            this.allowHeaders = List.of(headers);
            return this;
        }

        /**
         * Set the response headers exposed to the browser.
         *
         * @param headers header names
         * @return this builder
         * @since 0.1
         */
        public Builder exposeHeaders(String... headers) {
            this.exposeHeaders = List.of(headers);
            return this;
        }

        /**
         * Set how long a browser may cache a preflight answer.
         *
         * @param maxAge whole seconds, not negative
         * @return this builder
         * @since 0.1
         */
        public Builder maxAge(Duration maxAge) {
            if (maxAge.isNegative()) {
                throw new ApiDefinitionException(
                        "A CORS max age must not be negative, for example Duration.ofMinutes(10)");
            }
            this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
            return this;
        }

        /**
         * Allow credentials.
         *
         * @param allowCredentials whether to send {@code access-control-allow-credentials: true}
         * @return this builder
         * @since 0.1
         */
        public Builder allowCredentials(boolean allowCredentials) {
            this.allowCredentials = allowCredentials;
            return this;
        }

        /**
         * Build the configuration.
         *
         * @return the configuration
         * @since 0.1
         */
        public CorsConfiguration build() {
            return new CorsConfiguration(this);
        }
    }
}
