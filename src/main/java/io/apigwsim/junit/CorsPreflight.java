package io.apigwsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declare the {@code OPTIONS} method that "Enable CORS" (the console, or AWS SAM's {@code Cors} property) adds to a
 * REST API resource: a mock integration, with no authorizer and no API key, that answers browsers' preflight
 * requests with the given {@code Access-Control-Allow-*} headers whatever the request's {@code Origin}.
 *
 * <pre>{@code
 * @ApiGatewayTest
 * @Route(method = "POST", path = "/pets", handler = CreatePet.class)
 * @CorsPreflight(path = "/pets", allowOrigin = "https://app.example.com", allowMethods = {"OPTIONS", "POST"},
 *         allowHeaders = {"Content-Type", "Authorization"})
 * }</pre>
 *
 * <p>Found and combined like {@link Route}. The methods behind the resource still return their own CORS headers:
 * a Lambda proxy function sets {@code Access-Control-Allow-Origin} itself. HTTP APIs have built-in CORS instead
 * ({@link Cors}).
 *
 * <p>Like the generated method on AWS, it sets no content handling: under the binary media type {@code *}{@code /*}
 * every preflight counts as binary and is answered 500 (docs/behavior.md#content-handling). List the API's binary
 * types themselves, or declare the mock with {@code @Route(integration = IntegrationType.MOCK, contentHandling =
 * ContentHandling.CONVERT_TO_TEXT)}.
 *
 * @see io.apigwsim.definition.Integration#corsPreflight(String)
 * @since 0.2
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(CorsPreflight.CorsPreflights.class)
@ExtendWith(ApiGatewayExtension.class)
public @interface CorsPreflight {

    /**
     * The resource path that gets the {@code OPTIONS} method.
     *
     * @return a path such as {@code /pets/{id}}
     * @since 0.2
     */
    String path();

    /**
     * The {@code Access-Control-Allow-Origin} value.
     *
     * @return {@code *} or an origin such as {@code https://app.example.com}
     * @since 0.2
     */
    String allowOrigin();

    /**
     * The {@code Access-Control-Allow-Methods} value, joined with {@code ,}.
     *
     * @return methods such as {@code {"GET", "OPTIONS"}}; none by default, which sends no such header
     * @since 0.2
     */
    String[] allowMethods() default {};

    /**
     * The {@code Access-Control-Allow-Headers} value, joined with {@code ,}.
     *
     * @return request header names such as {@code {"Content-Type", "Authorization"}}; none by default, which sends
     *     no such header
     * @since 0.2
     */
    String[] allowHeaders() default {};

    /**
     * The {@code Access-Control-Max-Age} value in seconds.
     *
     * @return seconds, 0 or more; -1 by default, which sends no such header
     * @since 0.2
     */
    long maxAgeSeconds() default -1;

    /**
     * Whether to send {@code Access-Control-Allow-Credentials: true}.
     *
     * @return {@code false} by default
     * @since 0.2
     */
    boolean allowCredentials() default false;

    /** Holds repeated {@link CorsPreflight} declarations; not used directly. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(ApiGatewayExtension.class)
    @interface CorsPreflights {

        /**
         * The preflight methods.
         *
         * @return the repeated declarations
         */
        CorsPreflight[] value();
    }
}
