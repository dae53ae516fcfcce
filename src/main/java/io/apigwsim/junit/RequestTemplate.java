package io.apigwsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request mapping template of a {@link Route} with {@code integration = CUSTOM}, selected by the
 * request's {@code Content-Type}. Give the template inline with {@link #value()} or as a classpath
 * resource with {@link #resource()}.
 *
 * <pre>{@code
 * @Route(method = "POST", path = "/pets", handler = CreatePet.class, integration = IntegrationType.CUSTOM,
 *         requestTemplates = @RequestTemplate(resource = "templates/create-pet.vtl"))
 * }</pre>
 *
 * @since 0.1
 */
@Target({})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequestTemplate {

    /**
     * The media type the template is selected by.
     *
     * @return a media type; {@code application/json} by default
     */
    String contentType() default "application/json";

    /**
     * The template text; excludes {@link #resource()}.
     *
     * @return VTL; empty by default
     */
    String value() default "";

    /**
     * A classpath resource holding the template, such as {@code templates/create-pet.vtl}; excludes
     * {@link #value()}.
     *
     * @return the resource name, from the classpath root; empty by default
     */
    String resource() default "";
}
