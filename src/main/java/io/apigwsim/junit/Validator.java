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
 * Declare a request validator of the test class's REST API, which routes name with {@link Route#requestValidator()}
 * (docs/behavior.md#request-validators).
 *
 * <pre>{@code
 * @Validator(name = "all", validateBody = true, validateParameters = true)
 * @Model(name = "Pet", schema = "{\"type\":\"object\",\"required\":[\"name\"]}")
 * @Route(method = "POST", path = "/pets", handler = AddPet.class, requestValidator = "all",
 *         requestModels = "application/json=Pet")
 * }</pre>
 *
 * @since 0.2
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Validator.Validators.class)
@ExtendWith(ApiGatewayExtension.class)
public @interface Validator {

    /**
     * The validator's name.
     *
     * @return the name routes use
     */
    String name();

    /**
     * Whether the body is checked against the request model of its content type.
     *
     * @return {@code true} by default
     */
    boolean validateBody() default true;

    /**
     * Whether the required request parameters must be present and not blank.
     *
     * @return {@code true} by default
     */
    boolean validateParameters() default true;

    /**
     * Holds repeated {@link Validator} declarations.
     *
     * @since 0.2
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(ApiGatewayExtension.class)
    @interface Validators {

        /**
         * The declarations.
         *
         * @return the validators
         */
        Validator[] value();
    }
}
