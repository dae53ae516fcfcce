package io.apigwsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declare an HTTP API's {@code $default} route, which serves every request no other route matches.
 *
 * <pre>{@code
 * @ApiGatewayTest(type = ApiType.HTTP)
 * @Route(method = "GET", path = "/pets/{id}", handler = GetPet.class)
 * @DefaultRoute(handler = Fallback.class)
 * }</pre>
 *
 * <p>Found and combined like {@link Route}; REST APIs have no {@code $default} route.
 *
 * @since 0.1
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ApiGatewayExtension.class)
public @interface DefaultRoute {

    /**
     * The handler class, instantiated for each test through its no-argument constructor; excludes
     * {@link #function()}.
     *
     * @return a class implementing {@code RequestHandler} or {@code RequestStreamHandler}
     */
    Class<?> handler() default Route.NoHandler.class;

    /**
     * The name of the {@link LambdaFunction} field holding the handler; excludes {@link #handler()}.
     *
     * @return the function name; empty by default
     */
    String function() default "";

    /**
     * The integration timeout in milliseconds, after which the HTTP API answers {@code 503}.
     *
     * @return 50 to 30,000; 0 by default, which is API Gateway's 30,000
     */
    long timeoutMillis() default 0;

    /**
     * The function's own timeout in milliseconds.
     *
     * @return a positive number of at most 900,000; Lambda's default of 3,000 by default
     */
    long functionTimeoutMillis() default 3_000;

    /**
     * The payload format version of the Lambda proxy event.
     *
     * @return {@code "2.0"} or {@code "1.0"}; empty by default, which is 2.0
     */
    String payloadFormatVersion() default "";
}
