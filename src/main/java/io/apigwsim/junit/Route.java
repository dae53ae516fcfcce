package io.apigwsim.junit;

import io.apigwsim.definition.ContentHandling;
import io.apigwsim.definition.PassthroughBehavior;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declare one route (a REST API's method of a resource, or an HTTP API's route key), served by a Lambda
 * function through a Lambda proxy integration. An HTTP API's {@code $default} route is declared with
 * {@link DefaultRoute}.
 *
 * <p>On a test class the route serves every test of the class (and of its {@code @Nested} classes); on
 * a test method it is added for that test only. Name the function either with {@link #handler()}, a
 * class instantiated through its no-argument constructor for each test, or with {@link #function()},
 * the name of a {@link LambdaFunction} field. With exactly one {@code @LambdaFunction} field and no
 * handler, the route uses that field.
 *
 * <pre>{@code
 * @Route(method = "GET", path = "/pets/{id}", handler = GetPet.class)
 * @Route(method = "ANY", path = "/admin/{proxy+}", function = "admin", timeoutMillis = 500)
 * }</pre>
 *
 * @since 0.1
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Route.Routes.class)
@ExtendWith(ApiGatewayExtension.class)
public @interface Route {

    /**
     * The HTTP method.
     *
     * @return an upper-case method such as {@code "GET"}, or {@code "ANY"} for every method
     */
    String method();

    /**
     * The resource path.
     *
     * @return a path starting with {@code /}, with whole-segment variables such as {@code {id}} and at
     *     most one greedy variable such as {@code {proxy+}} as the last segment
     */
    String path();

    /**
     * The handler class, instantiated for each test through its no-argument constructor; excludes
     * {@link #function()}.
     *
     * @return a class implementing {@code RequestHandler} or {@code RequestStreamHandler}
     */
    Class<?> handler() default NoHandler.class;

    /**
     * The name of the {@link LambdaFunction} field holding the handler; excludes {@link #handler()}.
     *
     * @return the function name; empty by default
     */
    String function() default "";

    /**
     * The integration timeout in milliseconds, after which API Gateway stops waiting: a REST API answers
     * {@code 504}, an HTTP API {@code 503}.
     *
     * @return at least 50, at most 30,000 for an HTTP API and 300,000 for a REST API (over 29,000 needs a raised
     *     quota); by default API Gateway's 29,000 for a REST API and 30,000 for an HTTP API
     */
    long timeoutMillis() default 0;

    /**
     * The payload format version of the Lambda proxy event; HTTP APIs only.
     *
     * @return {@code "2.0"} or {@code "1.0"}; empty by default, which is 2.0 for an HTTP API and 1.0 for a
     *     REST API
     */
    String payloadFormatVersion() default "";

    /**
     * The function's own timeout in milliseconds, after which Lambda stops it with an error that API
     * Gateway answers with {@code 502}.
     *
     * @return a positive number of at most 900,000; Lambda's default of 3,000 by default
     */
    long functionTimeoutMillis() default 3_000;

    /**
     * The integration type.
     *
     * @return {@link IntegrationType#PROXY} by default, {@link IntegrationType#CUSTOM} for a REST API's
     *     Lambda custom integration with mapping templates, or {@link IntegrationType#MOCK} for a REST API's mock
     *     integration, which names no handler or function
     */
    IntegrationType integration() default IntegrationType.PROXY;

    /**
     * The request templates of a custom integration.
     *
     * @return templates by content type; none by default
     */
    RequestTemplate[] requestTemplates() default {};

    /**
     * What a custom integration does with a body no request template matches.
     *
     * @return {@code WHEN_NO_MATCH} by default, API Gateway's default
     */
    PassthroughBehavior passthroughBehavior() default PassthroughBehavior.WHEN_NO_MATCH;

    /**
     * The integration request parameters of a custom integration, each written
     * {@code integration.request.header.NAME=expression}.
     *
     * @return mappings such as {@code "integration.request.header.X-Amz-Invocation-Type='Event'"}; none by default
     */
    String[] requestParameters() default {};

    /**
     * The response templates of a custom integration's default integration response.
     *
     * @return templates by content type; none by default, which passes the Lambda result through
     */
    ResponseTemplate[] responseTemplates() default {};

    /**
     * The response parameters of a custom integration's default integration response, each written
     * {@code method.response.header.NAME=expression}.
     *
     * @return mappings; none by default
     */
    String[] responseParameters() default {};

    /**
     * How a custom or mock integration converts the request body between text and binary before its request
     * template (docs/behavior.md#content-handling).
     *
     * @return {@code PASSTHROUGH} by default: no conversion
     * @since 0.3
     */
    ContentHandling contentHandling() default ContentHandling.PASSTHROUGH;

    /**
     * How a custom or mock integration's default integration response converts the endpoint's response between text
     * and binary before its response template (docs/behavior.md#content-handling).
     *
     * @return {@code PASSTHROUGH} by default: no conversion
     * @since 0.3
     */
    ContentHandling responseContentHandling() default ContentHandling.PASSTHROUGH;

    /**
     * The integration responses of a custom integration besides the default one.
     *
     * @return integration responses with selection patterns; none by default
     */
    IntegrationResponse[] integrationResponses() default {};

    /**
     * The name of the {@link Authorizer} that guards the route.
     *
     * @return the authorizer's name; empty for an open route
     * @since 0.2
     */
    String authorizer() default "";

    /**
     * Whether callers must send an API key of a usage plan of the stage.
     *
     * @return whether an API key is required; {@code false} by default
     * @since 0.2
     */
    boolean apiKeyRequired() default false;

    /**
     * The OAuth scopes a Cognito or JWT authorizer's token must carry one of.
     *
     * @return the scopes; none by default
     * @since 0.2
     */
    String[] authorizationScopes() default {};

    /**
     * The name of the {@link Validator} that checks the route's requests.
     *
     * @return the validator's name; empty for none
     * @since 0.2
     */
    String requestValidator() default "";

    /**
     * The request parameters the route requires, such as {@code method.request.querystring.limit}.
     *
     * @return the parameter keys; none by default
     * @since 0.2
     */
    String[] requiredParameters() default {};

    /**
     * The request models by content type, each written {@code contentType=ModelName}, such as
     * {@code "application/json=Pet"}; the models are declared with {@link Model}.
     *
     * @return the request models; none by default
     * @since 0.2
     */
    String[] requestModels() default {};

    /** The "no handler class" marker of {@link #handler()}; not a handler. */
    final class NoHandler {
        private NoHandler() {}
    }

    /** Holds repeated {@link Route} declarations; not used directly. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(ApiGatewayExtension.class)
    @interface Routes {

        /**
         * The routes.
         *
         * @return the repeated routes
         */
        Route[] value();
    }
}
