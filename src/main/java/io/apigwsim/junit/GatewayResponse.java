package io.apigwsim.junit;

import io.apigwsim.definition.GatewayResponseType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Customize one of the test class's REST API gateway responses (docs/behavior.md#gateway-response-customization).
 *
 * <pre>{@code
 * @GatewayResponse(type = GatewayResponseType.DEFAULT_4XX, headers = "Access-Control-Allow-Origin='*'")
 * }</pre>
 *
 * @since 0.2
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(GatewayResponse.GatewayResponses.class)
@ExtendWith(ApiGatewayExtension.class)
public @interface GatewayResponse {

    /**
     * The type customized.
     *
     * @return a type, or {@code DEFAULT_4XX} / {@code DEFAULT_5XX}
     */
    GatewayResponseType type();

    /**
     * The status to answer with instead of the type's default.
     *
     * @return the status; 0 (the default) to keep it
     */
    int statusCode() default 0;

    /**
     * Headers, each written {@code Name=source} with the source as API Gateway writes it: a literal in single
     * quotes, {@code method.request.header.X}, {@code context.X} or {@code stageVariables.X}.
     *
     * @return the headers; none by default
     */
    String[] headers() default {};

    /**
     * The body templates by content type.
     *
     * @return the templates; none by default, which keeps the default body
     */
    ResponseTemplate[] templates() default {};

    /**
     * Holds repeated {@link GatewayResponse} declarations.
     *
     * @since 0.2
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(ApiGatewayExtension.class)
    @interface GatewayResponses {

        /**
         * The declarations.
         *
         * @return the declarations
         */
        GatewayResponse[] value();
    }
}
