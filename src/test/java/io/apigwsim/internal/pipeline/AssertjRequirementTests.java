package io.apigwsim.internal.pipeline;

import static io.apigwsim.testing.ClassLoaders.hiding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AssertJ is provided: a project without it fails with the dependency to add, not a NoClassDefFoundError. */
class AssertjRequirementTests {

    private static final String MISSING = "apigw-sim's exchanges are AssertJ assertions, and AssertJ is not on the"
            + " class path: apigw-sim uses your project's AssertJ (3.21.0 or newer), so add org.assertj:assertj-core to"
            + " your test dependencies (Maven: <dependency><groupId>org.assertj</groupId><artifactId>assertj-core"
            + "</artifactId><version>3.27.7</version><scope>test</scope></dependency>; Gradle: testImplementation"
            + " \"org.assertj:assertj-core:3.27.7\")";

    @Test
    void assertj_on_the_class_path_passes() {
        assertThatNoException()
                .isThrownBy(() -> AssertjRequirement.check(getClass().getClassLoader()));
    }

    @Test
    void without_assertj_the_message_names_the_dependency() {
        assertThatIllegalStateException()
                .isThrownBy(() -> AssertjRequirement.check(hiding(getClass().getClassLoader(), "org.assertj.")))
                .withMessage(MISSING);
    }

    // The whole path: apigw-sim's own classes loaded again where AssertJ cannot be seen; building a gateway fails with
    // the message rather than with NoClassDefFoundError: org/assertj/core/api/AssertProvider.
    @Test
    void building_a_gateway_without_assertj_names_the_dependency() throws Exception {
        URL classes = ApiGateway.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader parent = hiding(getClass().getClassLoader(), "org.assertj.", "io.apigwsim.");
        try (URLClassLoader withoutAssertj = new URLClassLoader(new URL[] {classes}, parent)) {
            Class<?> gatewayClass = withoutAssertj.loadClass(ApiGateway.class.getName());
            Class<?> builderClass = withoutAssertj.loadClass(ApiGateway.Builder.class.getName());
            // A method handle resolves this one method, as compiled code does; Class.getMethod would load the types of
            // every method's signature, AssertJ's among them (replay returns an AssertProvider), which no caller does.
            Object builder;
            try {
                builder = MethodHandles.publicLookup()
                        .findStatic(gatewayClass, "builder", MethodType.methodType(builderClass))
                        .invoke();
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
            builder.getClass().getMethod("route", String.class, Object.class).invoke(builder, "GET /pets", new Ok());
            try {
                builder.getClass().getMethod("build").invoke(builder);
                throw new AssertionError("built a gateway without AssertJ");
            } catch (InvocationTargetException e) {
                assertThat(e.getCause())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage(MISSING);
            }
        }
    }

    /** Answers 200. */
    public static final class Ok implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            return Map.of("statusCode", 200);
        }
    }
}
