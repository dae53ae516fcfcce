package io.apigwsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Configure an HTTP API's built-in CORS for the annotated test class: API Gateway answers preflight
 * {@code OPTIONS} requests itself and sets the CORS headers of every integration response.
 *
 * <pre>{@code
 * @ApiGatewayTest(type = ApiType.HTTP)
 * @Cors(allowOrigins = "https://app.example.com", allowMethods = {"GET", "POST"}, allowHeaders = "content-type")
 * @Route(method = "GET", path = "/pets", handler = ListPets.class)
 * }</pre>
 *
 * <p>On a {@code @Nested} class the nearest enclosing declaration applies. REST APIs have no built-in
 * CORS; using this on one fails the test.
 *
 * @see io.apigwsim.definition.CorsConfiguration
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface Cors {

    /**
     * The allowed origins.
     *
     * @return exact origins, {@code *}, or scheme wildcards such as {@code https://*}
     */
    String[] allowOrigins();

    /**
     * The allowed methods.
     *
     * @return upper-case methods, or {@code *}; none by default
     */
    String[] allowMethods() default {};

    /**
     * The allowed request headers.
     *
     * @return header names, or {@code *}; none by default
     */
    String[] allowHeaders() default {};

    /**
     * The response headers exposed to the browser.
     *
     * @return header names; none by default
     */
    String[] exposeHeaders() default {};

    /**
     * How many seconds a browser may cache a preflight answer.
     *
     * @return seconds; -1 by default, which sends no max age
     */
    long maxAgeSeconds() default -1;

    /**
     * Whether credentials are allowed.
     *
     * @return {@code false} by default
     */
    boolean allowCredentials() default false;
}
