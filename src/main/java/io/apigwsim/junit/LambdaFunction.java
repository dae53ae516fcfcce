package io.apigwsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Mark a field of the test class whose value is a Lambda handler, so that routes can name it with
 * {@link Route#function()}.
 *
 * <p>The field may hold a Mockito mock or be assigned in a {@code @BeforeEach} method: it is read when
 * the test's gateway is built, just before the test method runs. For a mock, declare the field with its
 * generic type, such as {@code RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>},
 * so the simulator knows which type the runtime would read the event into.
 *
 * <pre>{@code
 * @Mock
 * @LambdaFunction("pets")
 * RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> pets;
 * }</pre>
 *
 * @since 0.1
 */
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LambdaFunction {

    /**
     * The function name that routes use and the handler's {@code Context.getFunctionName()} returns.
     *
     * @return the name; the field's name by default
     */
    String value() default "";
}
