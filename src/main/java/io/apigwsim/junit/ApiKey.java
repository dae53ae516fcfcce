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
 * Declare an API key of the test class's REST API (docs/behavior.md#api-keys).
 *
 * <pre>{@code
 * @ApiKey(name = "partner", value = "partnerKey0123456789abcd")
 * @UsagePlan(name = "partners", apiKeys = "partner", rateLimit = 10, burstLimit = 20)
 * @Route(method = "GET", path = "/pets", handler = ListPets.class, apiKeyRequired = true)
 * }</pre>
 *
 * @since 0.2
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(ApiKey.ApiKeys.class)
@ExtendWith(ApiGatewayExtension.class)
public @interface ApiKey {

    /**
     * The key's name, which usage plans use.
     *
     * @return the name
     */
    String name();

    /**
     * The key's value, which callers send in {@code X-API-Key}.
     *
     * @return 20 to 128 letters and digits
     */
    String value();

    /**
     * Whether the key is enabled.
     *
     * @return {@code true} by default
     */
    boolean enabled() default true;

    /**
     * Holds repeated {@link ApiKey} declarations.
     *
     * @since 0.2
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(ApiGatewayExtension.class)
    @interface ApiKeys {

        /**
         * The declarations.
         *
         * @return the declarations
         */
        ApiKey[] value();
    }
}
