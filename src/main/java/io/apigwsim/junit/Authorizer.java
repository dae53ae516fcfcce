package io.apigwsim.junit;

import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.AuthorizerType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declare a Lambda authorizer of the test class's API, which routes name with {@link Route#authorizer()}
 * (docs/behavior.md#rest-lambda-authorizers, #http-api-lambda-authorizers).
 *
 * <pre>{@code
 * @ApiGatewayTest
 * @Authorizer(name = "bearer", handler = TokenAuthorizer.class, validationExpression = "Bearer .+")
 * @Route(method = "GET", path = "/pets", handler = ListPets.class, authorizer = "bearer")
 * class PetTests { ... }
 *
 * @ApiGatewayTest(type = ApiType.HTTP)
 * @Authorizer(name = "lambda", type = AuthorizerType.REQUEST, handler = SimpleAuthorizer.class,
 *         payloadFormatVersion = "2.0", enableSimpleResponses = true, identitySource = "$request.header.Authorization")
 * }</pre>
 *
 * @since 0.2
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Authorizer.Authorizers.class)
@ExtendWith(ApiGatewayExtension.class)
public @interface Authorizer {

    /**
     * The authorizer's name, which routes use to name it.
     *
     * @return the name
     */
    String name();

    /**
     * The kind of authorizer: {@code TOKEN}, {@code REQUEST} and {@code COGNITO_USER_POOLS} on REST APIs, {@code JWT}
     * and {@code REQUEST} (with a {@link #payloadFormatVersion()}) on HTTP APIs.
     *
     * @return the type; {@code TOKEN} by default
     */
    AuthorizerType type() default AuthorizerType.TOKEN;

    /**
     * The handler class that serves a Lambda authorizer, created with its no-argument constructor.
     *
     * @return the handler class; for {@code TOKEN} and {@code REQUEST}, set this or {@link #function()}
     */
    Class<?> handler() default Route.NoHandler.class;

    /**
     * The name of a {@link LambdaFunction} field whose handler serves the authorizer, such as a Mockito mock.
     *
     * @return the function name; set this or {@link #handler()}
     */
    String function() default "";

    /**
     * Where the identity comes from: one {@code method.request.header.}<i>name</i> for a {@code TOKEN} authorizer
     * ({@code method.request.header.Authorization} when empty); a comma-separated list of headers, query strings,
     * stage variables and context variables for a {@code REQUEST} authorizer, written
     * {@code $request.header.}<i>name</i>, {@code $request.querystring.}<i>name</i>,
     * {@code $stageVariables.}<i>name</i> and {@code $context.}<i>variable</i> for an HTTP API's.
     *
     * @return the identity source
     */
    String identitySource() default "";

    /**
     * The regular expression a {@code TOKEN} authorizer's token must match before the function is called.
     *
     * @return the expression; empty for none
     */
    String validationExpression() default "";

    /**
     * How long API Gateway caches the authorizer's answer, keyed on the identity.
     *
     * @return seconds from 0 (no caching) to 3600
     */
    int resultTtlSeconds() default AuthorizerDefinition.DEFAULT_RESULT_TTL_SECONDS;

    /**
     * The issuer a {@code JWT} authorizer requires in a token's {@code iss}.
     *
     * @return the issuer; required for {@code JWT}
     * @since 0.2
     */
    String issuer() default "";

    /**
     * The audiences a {@code JWT} authorizer accepts in a token's {@code aud} or {@code client_id}.
     *
     * @return the audiences; at least one for {@code JWT}
     * @since 0.2
     */
    String[] audience() default {};

    /**
     * The user pool ARNs a {@code COGNITO_USER_POOLS} authorizer accepts tokens of.
     *
     * @return the provider ARNs; at least one for {@code COGNITO_USER_POOLS}
     * @since 0.2
     */
    String[] providerArns() default {};

    /**
     * The payload format version of an HTTP API Lambda authorizer, which API Gateway requires for one: {@code "2.0"}
     * or {@code "1.0"} (docs/behavior.md#http-api-lambda-authorizers).
     *
     * @return the version; empty for a REST API's authorizers
     * @since 0.2
     */
    String payloadFormatVersion() default "";

    /**
     * Whether an HTTP API Lambda authorizer of payload format 2.0 answers with simple responses,
     * {@code {"isAuthorized": true|false, "context": {...}}} (docs/behavior.md#http-api-simple-responses).
     *
     * @return whether simple responses are enabled; {@code false} by default, as on AWS
     * @since 0.2
     */
    boolean enableSimpleResponses() default false;

    /**
     * The authorizer function's own timeout.
     *
     * @return milliseconds, positive and at most 900,000
     */
    long functionTimeoutMillis() default 3_000;

    /**
     * Holds repeated {@link Authorizer} declarations.
     *
     * @since 0.2
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(ApiGatewayExtension.class)
    @interface Authorizers {

        /**
         * The declarations.
         *
         * @return the authorizers
         */
        Authorizer[] value();
    }
}
