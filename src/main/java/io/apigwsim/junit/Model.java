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
 * Declare a model of the test class's REST API: a JSON Schema draft 4 document that routes name in
 * {@link Route#requestModels()} (docs/behavior.md#request-body-models).
 *
 * @since 0.2
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Model.Models.class)
@ExtendWith(ApiGatewayExtension.class)
public @interface Model {

    /**
     * The model's name.
     *
     * @return the name routes use
     */
    String name();

    /**
     * The schema's JSON text.
     *
     * @return the schema; set this or {@link #resource()}
     */
    String schema() default "";

    /**
     * The name of a class-path resource holding the schema, such as {@code models/pet.json}.
     *
     * @return the resource name; set this or {@link #schema()}
     */
    String resource() default "";

    /**
     * Holds repeated {@link Model} declarations.
     *
     * @since 0.2
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(ApiGatewayExtension.class)
    @interface Models {

        /**
         * The declarations.
         *
         * @return the models
         */
        Model[] value();
    }
}
