package io.apigwsim.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A REST API's customization of one gateway response type: its status, headers and body templates
 * (docs/behavior.md#gateway-response-customization).
 *
 * <pre>{@code
 * GatewayResponse.of(GatewayResponseType.DEFAULT_4XX)
 *         .header("Access-Control-Allow-Origin", "'*'")
 *         .build();
 * GatewayResponse.of(GatewayResponseType.UNAUTHORIZED)
 *         .statusCode(401)
 *         .header("WWW-Authenticate", "'Bearer'")
 *         .template("application/json", "{\"error\": $context.error.messageString, \"id\": \"$context.requestId\"}")
 *         .build();
 * }</pre>
 *
 * @since 0.2
 */
public final class GatewayResponse {

    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern VALUE_SOURCE = Pattern.compile(
            "'[^']*'|method\\.request\\.(header|path|querystring)\\.[^\\s.][^\\s]*|stageVariables\\.[A-Za-z0-9_]+"
                    + "|context\\.[A-Za-z0-9_.]+");

    private final GatewayResponseType type;
    private final Integer statusCode;
    private final Map<String, String> headers;
    private final Map<String, String> templates;

    private GatewayResponse(Builder builder) {
        this.type = builder.type;
        this.statusCode = builder.statusCode;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(builder.templates));
    }

    /**
     * Start customizing the response of one type.
     *
     * @param type the gateway response type, or {@link GatewayResponseType#DEFAULT_4XX} /
     *     {@link GatewayResponseType#DEFAULT_5XX} for every type of that class not customized itself
     * @return a builder
     * @since 0.2
     */
    public static Builder of(GatewayResponseType type) {
        return new Builder(Objects.requireNonNull(type, "type"));
    }

    /**
     * Return the customized type.
     *
     * @return the type
     * @since 0.2
     */
    public GatewayResponseType type() {
        return type;
    }

    /**
     * Return the status the response is given instead of the type's default.
     *
     * @return the status, or empty to keep the default
     * @since 0.2
     */
    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /**
     * Return the headers added to the response: names mapped to value sources, as API Gateway's
     * {@code gatewayresponse.header.*} response parameters write them.
     *
     * @return the headers in declaration order
     * @since 0.2
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * Return the body templates by content type.
     *
     * @return the templates, empty to keep the default body
     * @since 0.2
     */
    public Map<String, String> templates() {
        return templates;
    }

    /**
     * Return the template for a content type.
     *
     * @param contentType a content type such as {@code application/json}
     * @return the template, or empty when none is declared for it
     * @since 0.2
     */
    public Optional<String> template(String contentType) {
        return Optional.ofNullable(templates.get(contentType));
    }

    @Override
    public String toString() {
        return "GatewayResponse " + type + (statusCode == null ? "" : " " + statusCode) + " headers=" + headers
                + " templates=" + templates.keySet();
    }

    /**
     * Builds a {@link GatewayResponse}.
     *
     * @since 0.2
     */
    public static final class Builder {

        private final GatewayResponseType type;
        private Integer statusCode;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Map<String, String> templates = new LinkedHashMap<>();

        private Builder(GatewayResponseType type) {
            this.type = type;
        }

        /**
         * Answer with this status instead of the type's default.
         *
         * @param statusCode a status from 100 to 599
         * @return this builder
         * @throws ApiDefinitionException when the status is outside 100 to 599
         * @since 0.2
         */
        public Builder statusCode(int statusCode) {
            if (statusCode < 100 || statusCode > 599) {
                throw new ApiDefinitionException("Gateway response " + type + " sets status " + statusCode
                        + "; API Gateway accepts 100 to 599, for example 401");
            }
            this.statusCode = statusCode;
            return this;
        }

        /**
         * Add a header. The value is a source, as in API Gateway's response parameters: a literal in single
         * quotes ({@code "'*'"}), {@code method.request.header.}<i>name</i>, {@code method.request.path.}<i>name</i>,
         * {@code method.request.querystring.}<i>name</i>, {@code stageVariables.}<i>name</i> or
         * {@code context.}<i>variable</i>.
         *
         * @param name the header name
         * @param valueSource where the value comes from
         * @return this builder
         * @throws ApiDefinitionException when the name is not a header name or the value is not a source
         * @since 0.2
         */
        public Builder header(String name, String valueSource) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(valueSource, "valueSource");
            if (!HEADER_NAME.matcher(name).matches()) {
                throw new ApiDefinitionException(
                        "Gateway response " + type + " adds header \"" + name + "\", which is not a header name");
            }
            if (!VALUE_SOURCE.matcher(valueSource).matches()) {
                throw new ApiDefinitionException("Gateway response " + type + " sets header " + name + " to \""
                        + valueSource + "\", which is not a value source: write a literal in single quotes such as"
                        + " \"'*'\", or method.request.header.<name>, method.request.path.<name>,"
                        + " method.request.querystring.<name>, stageVariables.<name> or context.<variable>");
            }
            if (headers.putIfAbsent(name, valueSource) != null) {
                throw new ApiDefinitionException(
                        "Gateway response " + type + " sets header " + name + " twice; set it once");
            }
            return this;
        }

        /**
         * Answer with a body rendered from a template for the given content type. Gateway response templates are
         * not VTL: API Gateway only substitutes {@code $context.*} and {@code $stageVariables.*} variables, among
         * them {@code $context.error.message}, {@code $context.error.messageString} (the message as a JSON
         * string), {@code $context.error.responseType} and {@code $context.error.validationErrorString}.
         *
         * @param contentType the content type, such as {@code application/json}
         * @param template the body template
         * @return this builder
         * @since 0.2
         */
        public Builder template(String contentType, String template) {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(template, "template");
            if (templates.putIfAbsent(contentType, template) != null) {
                throw new ApiDefinitionException("Gateway response " + type + " declares a template for " + contentType
                        + " twice; declare it once");
            }
            return this;
        }

        /**
         * Build the customization.
         *
         * @return the gateway response
         * @since 0.2
         */
        public GatewayResponse build() {
            return new GatewayResponse(this);
        }
    }
}
