package io.apigwsim.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One integration response of a Lambda custom integration: the status API Gateway answers with when its
 * selection pattern matches the Lambda error's {@code errorMessage} (or, without a pattern, by default),
 * with response parameters and response templates.
 *
 * <pre>{@code
 * IntegrationResponseDefinition notFound = IntegrationResponseDefinition.status(404)
 *         .selectionPattern(".*not found.*")
 *         .responseTemplate("application/json", "{\"error\": \"$input.path('$.errorMessage')\"}")
 *         .build();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/handle-errors-in-lambda-integration.html">
 *     Handle Lambda errors in API Gateway</a>
 * @since 0.1
 */
public final class IntegrationResponseDefinition {

    private final int statusCode;
    private final String selectionPattern;
    private final Map<String, String> responseParameters;
    private final Map<String, String> responseTemplates;
    private final ContentHandling contentHandling;

    private IntegrationResponseDefinition(Builder builder) {
        this.statusCode = builder.statusCode;
        this.selectionPattern = builder.selectionPattern;
        this.responseParameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.responseParameters));
        this.responseTemplates = Collections.unmodifiableMap(new LinkedHashMap<>(builder.responseTemplates));
        this.contentHandling = builder.contentHandling;
    }

    /**
     * Start an integration response that answers with the given status.
     *
     * @param statusCode the method response status, such as {@code 404}
     * @return a builder for the integration response
     * @since 0.1
     */
    public static Builder status(int statusCode) {
        if (statusCode < 100 || statusCode > 599) {
            throw new ApiDefinitionException(
                    "Integration response status " + statusCode + " is not an HTTP status; use 100 to 599");
        }
        return new Builder(statusCode);
    }

    /**
     * Return the status code.
     *
     * @return the status the method response answers with
     * @since 0.1
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * Return the selection pattern: a Java regular expression matched against the whole {@code errorMessage}.
     *
     * @return the pattern, or empty for the default integration response
     * @since 0.1
     */
    public Optional<String> selectionPattern() {
        return Optional.ofNullable(selectionPattern);
    }

    /**
     * Tell whether this is the default integration response, the one without a selection pattern.
     *
     * @return whether the selection pattern is absent or empty
     * @since 0.1
     */
    public boolean isDefault() {
        return selectionPattern == null || selectionPattern.isEmpty();
    }

    /**
     * Return the response parameters.
     *
     * @return {@code method.response.header.NAME} to a mapping expression, in declaration order
     * @since 0.1
     */
    public Map<String, String> responseParameters() {
        return responseParameters;
    }

    /**
     * Return the response templates.
     *
     * @return content type to VTL template, in declaration order
     * @since 0.1
     */
    public Map<String, String> responseTemplates() {
        return responseTemplates;
    }

    /**
     * Return how the endpoint's response is converted between text and binary before the response template.
     *
     * @return the content handling; {@link ContentHandling#PASSTHROUGH} unless set
     * @since 0.3
     */
    public ContentHandling contentHandling() {
        return contentHandling;
    }

    @Override
    public String toString() {
        return "integration response " + statusCode + (isDefault() ? " (default)" : " for /" + selectionPattern + "/");
    }

    /**
     * Builds an {@link IntegrationResponseDefinition}.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final int statusCode;
        private String selectionPattern;
        private final Map<String, String> responseParameters = new LinkedHashMap<>();
        private final Map<String, String> responseTemplates = new LinkedHashMap<>();
        private ContentHandling contentHandling = ContentHandling.PASSTHROUGH;

        private Builder(int statusCode) {
            this.statusCode = statusCode;
        }

        /**
         * Set the selection pattern; it is checked when the gateway is built.
         *
         * @param pattern a Java regular expression matched against the whole Lambda {@code errorMessage}
         * @return this builder
         * @since 0.1
         */
        public Builder selectionPattern(String pattern) {
            this.selectionPattern = Objects.requireNonNull(pattern, "pattern");
            return this;
        }

        /**
         * Add a response parameter.
         *
         * @param methodResponseParameter such as {@code method.response.header.X-Error-Type}
         * @param expression such as {@code integration.response.body.errorType} or {@code 'static'}
         * @return this builder
         * @since 0.1
         */
        public Builder responseParameter(String methodResponseParameter, String expression) {
            if (!methodResponseParameter.matches("method\\.response\\.header\\.[a-zA-Z0-9._$-]+")) {
                throw new ApiDefinitionException("Response parameter \"" + methodResponseParameter
                        + "\" is not a method response header; write for example"
                        + " \"method.response.header.X-Error-Type\"");
            }
            responseParameters.put(methodResponseParameter, Objects.requireNonNull(expression, "expression"));
            return this;
        }

        /**
         * Add a response template.
         *
         * @param contentType the media type it is selected by, matched against the request's {@code Accept}
         * @param template a VTL template; {@code ""} passes the body through
         * @return this builder
         * @since 0.1
         */
        public Builder responseTemplate(String contentType, String template) {
            responseTemplates.put(
                    Objects.requireNonNull(contentType, "contentType"), Objects.requireNonNull(template, "template"));
            return this;
        }

        /**
         * Set how the endpoint's response is converted between text and binary before the response template
         * (docs/behavior.md#content-handling).
         *
         * @param contentHandling the conversion; {@link ContentHandling#PASSTHROUGH} unless set
         * @return this builder
         * @since 0.3
         */
        public Builder contentHandling(ContentHandling contentHandling) {
            this.contentHandling = Objects.requireNonNull(contentHandling, "contentHandling");
            return this;
        }

        /**
         * Build the integration response.
         *
         * @return the integration response
         * @since 0.1
         */
        public IntegrationResponseDefinition build() {
            return new IntegrationResponseDefinition(this);
        }
    }
}
