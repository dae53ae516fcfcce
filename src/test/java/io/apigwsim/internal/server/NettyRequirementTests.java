package io.apigwsim.internal.server;

import static io.apigwsim.testing.ClassLoaders.hiding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.apigwsim.ApiGateway;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Netty is optional: serving without it, or with Netty 4.1, fails with the dependency to add. */
class NettyRequirementTests {

    private static final String MISSING = "ApiGateway.start() serves the API through Netty, which is not on the class"
            + " path: apigw-sim declares it optional, so add io.netty:netty-codec-http 4.2.20.Final to your test"
            + " dependencies (Maven: <dependency><groupId>io.netty</groupId><artifactId>netty-codec-http</artifactId>"
            + "<version>4.2.20.Final</version><scope>test</scope></dependency>; Gradle: testImplementation"
            + " \"io.netty:netty-codec-http:4.2.20.Final\")";

    @Test
    void netty_on_the_class_path_passes() {
        assertThatNoException()
                .isThrownBy(() -> NettyRequirement.check(getClass().getClassLoader()));
    }

    @Test
    void without_netty_the_message_names_the_dependency() {
        ClassLoader withoutNetty = hiding(getClass().getClassLoader(), "io.netty.");

        assertThatIllegalStateException()
                .isThrownBy(() -> NettyRequirement.check(withoutNetty))
                .withMessage(MISSING);
    }

    @Test
    void with_netty_4_1_the_message_asks_for_4_2() {
        ClassLoader netty41 = hiding(getClass().getClassLoader(), "io.netty.channel.MultiThreadIoEventLoopGroup");

        assertThatIllegalStateException()
                .isThrownBy(() -> NettyRequirement.check(netty41))
                .withMessage("ApiGateway.start() needs Netty 4.2 or later, but the class path holds an older Netty"
                        + " (4.1 or before, perhaps brought in by another library): add io.netty:netty-codec-http"
                        + " 4.2.20.Final to your test dependencies, or manage every io.netty module to 4.2.20.Final"
                        + " with the io.netty:netty-bom");
    }

    // The whole path: apigw-sim's own classes loaded again where Netty cannot be seen; the gateway answers in-process
    // and start() fails with the message before any Netty class is needed.
    @Test
    void a_gateway_without_netty_answers_in_process_and_refuses_to_start() throws Exception {
        URL classes = ApiGateway.class.getProtectionDomain().getCodeSource().getLocation();
        ClassLoader parent = hiding(getClass().getClassLoader(), "io.netty.", "io.apigwsim.");
        try (URLClassLoader withoutNetty = new URLClassLoader(new URL[] {classes}, parent)) {
            Class<?> gatewayClass = withoutNetty.loadClass(ApiGateway.class.getName());
            Object builder = gatewayClass.getMethod("builder").invoke(null);
            builder.getClass().getMethod("route", String.class, Object.class).invoke(builder, "GET /pets", new Ok());
            Object gateway = builder.getClass().getMethod("build").invoke(builder);
            Object request = gatewayClass.getMethod("get", String.class).invoke(gateway, "/pets");
            Object exchange = request.getClass().getMethod("send").invoke(request);
            Object response = withoutNetty
                    .loadClass("io.apigwsim.Exchange")
                    .getMethod("response")
                    .invoke(exchange);

            assertThat(response.getClass().getMethod("status").invoke(response)).isEqualTo(200);
            try {
                gatewayClass.getMethod("start").invoke(gateway);
                throw new AssertionError("start() served without Netty");
            } catch (InvocationTargetException e) {
                assertThat(e.getCause())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage(MISSING);
            } finally {
                gatewayClass.getMethod("close").invoke(gateway);
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
