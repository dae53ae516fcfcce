package io.apigwsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.apigwsim.ApiGateway;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineTestKit;

/** {@code @ApiGatewayTest(serve = true)}: every test's gateway serves on its own port, stopped when the test ends. */
class ServeAttributeTests {

    @Test
    void each_test_is_served_on_its_own_port_which_is_free_after_the_test() throws Exception {
        ServedTestCase.BASES.clear();

        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ServedTestCase.class))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(2));

        List<URI> bases = ServedTestCase.BASES;
        assertThat(bases).hasSize(2).doesNotHaveDuplicates();
        for (URI base : bases) {
            assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:[0-9]+/prod/");
            try (ServerSocket again = new ServerSocket(base.getPort(), 50, InetAddress.getByName("127.0.0.1"))) {
                assertThat(again.getLocalPort()).isEqualTo(base.getPort());
            }
        }
    }

    // Without serve = true the extension leaves URI parameters to other extensions.
    @Test
    void a_uri_parameter_is_not_resolved_where_the_class_does_not_serve() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(NotServedTestCase.class))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ParameterResolutionException.class),
                                message(text -> text.startsWith(
                                        "No ParameterResolver registered for parameter [java.net.URI")))));
    }

    @ApiGatewayTest(stage = "prod", serve = true)
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    static class ServedTestCase {

        static final List<URI> BASES = new CopyOnWriteArrayList<>();

        URI fromBeforeEach;

        @BeforeEach
        void remember(URI base) {
            fromBeforeEach = base;
        }

        @Test
        void a_real_client_reaches_the_test_gateway(URI base, ApiGateway gateway) throws Exception {
            HttpResponse<String> response = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .build()
                    .send(
                            HttpRequest.newBuilder(base.resolve("pets/42"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            BodyHandlers.ofString());

            assertThat(response.body()).isEqualTo("echo EchoHandler /pets/42");
            assertThat(gateway.servedExchanges()).hasSize(1);
            assertThat(gateway.start()).isEqualTo(base).isEqualTo(fromBeforeEach);
            BASES.add(base);
        }

        @Test
        void a_test_that_takes_only_the_uri_is_served(URI base) {
            BASES.add(base);
        }
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets/{id}", handler = EchoHandler.class)
    static class NotServedTestCase {

        @Test
        void takes_a_uri(URI base) {}
    }
}
