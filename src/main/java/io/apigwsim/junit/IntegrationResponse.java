package io.apigwsim.junit;

import io.apigwsim.definition.ContentHandling;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration response of a {@link Route} with {@code integration = CUSTOM}: the status API Gateway
 * answers with when {@link #selectionPattern()} matches the whole {@code errorMessage} of the Lambda error.
 *
 * <pre>{@code
 * @Route(method = "GET", path = "/pets/{id}", handler = GetPet.class, integration = IntegrationType.CUSTOM,
 *         integrationResponses = @IntegrationResponse(status = 404, selectionPattern = "Not found.*",
 *                 templates = @ResponseTemplate("{\"message\": \"$input.path('$.errorMessage')\"}")))
 * }</pre>
 *
 * @see io.apigwsim.definition.IntegrationResponseDefinition
 * @since 0.1
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IntegrationResponse {

    /**
     * The method response status.
     *
     * @return a status such as {@code 404}
     */
    int status();

    /**
     * The selection pattern, a Java regular expression matched against the whole Lambda {@code errorMessage}.
     *
     * @return the pattern; empty by default, which makes this the default integration response
     */
    String selectionPattern() default "";

    /**
     * The response templates.
     *
     * @return templates by content type; none by default, which passes the Lambda result through
     */
    ResponseTemplate[] templates() default {};

    /**
     * The response parameters, each written {@code method.response.header.NAME=expression}.
     *
     * @return mappings such as {@code "method.response.header.X-Error=integration.response.body.errorType"}
     */
    String[] parameters() default {};

    /**
     * How this integration response converts the endpoint's response between text and binary before its template
     * (docs/behavior.md#content-handling).
     *
     * @return {@code PASSTHROUGH} by default: no conversion
     * @since 0.3
     */
    ContentHandling contentHandling() default ContentHandling.PASSTHROUGH;
}
