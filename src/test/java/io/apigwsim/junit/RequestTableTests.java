package io.apigwsim.junit;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.internal.table.RequestTables;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;
import org.opentest4j.AssertionFailedError;

/** {@code @ApiGatewayRequests}: one named invocation per table entry, its expectations, and table mistakes. */
class RequestTableTests {

    private static final String NL = System.lineSeparator();

    private static Events run(Class<?> testCase) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .execute()
                .testEvents();
    }

    // A table that cannot be read fails the parameterized test's container: no invocation starts.
    private static Events runFailingContainer(Class<?> testCase) {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .execute()
                .containerEvents();
    }

    // Each YAML entry is an invocation named by its name, or its method and target; all expectations hold.
    @Test
    void each_entry_of_a_yaml_table_is_a_named_invocation() {
        Events events = run(PetsTableTestCase.class);

        events.assertThatEvents()
                .haveExactly(1, event(test(), displayName("[1] finds a pet"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("[2] POST /pets/7"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("[3] unknown resource"), finishedSuccessfully()));
        events.assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    // A failed status names file, line, entry and expectation, then expected and actual.
    @Test
    void a_wrong_status_names_the_entry_and_the_expectation() {
        run(FailingTableTestCase.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                displayName("[1] expects the wrong status"),
                                finishedWithFailure(
                                        instanceOf(AssertionFailedError.class),
                                        message(text -> text.startsWith("[io/apigwsim/junit/requests/failing.yaml line"
                                                + " 4, entry \"expects the wrong status\", expect.status] " + NL
                                                + "Expecting response status:" + NL + "  404" + NL + "but was:" + NL
                                                + "  200")))));
    }

    // A Lambda event field is compared as JSON: the number 42 is not the string "42".
    @Test
    void a_wrong_event_field_names_the_entry_and_the_expectation() {
        run(FailingTableTestCase.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                displayName("[2] expects the wrong path parameter"),
                                finishedWithFailure(message(text -> text.equals(
                                        "[io/apigwsim/junit/requests/failing.yaml line 11, entry \"expects the wrong path"
                                                + " parameter\", expect.eventFields[\"$.pathParameters.id\"]] " + NL
                                                + "Expecting pathParameters.id to be:" + NL + "  42" + NL + "but was:"
                                                + NL + "  \"42\"")))));
    }

    // A body field that is absent says which object lacks it.
    @Test
    void a_missing_body_field_names_the_entry_and_what_the_object_holds() {
        run(FailingTableTestCase.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                displayName("[3] expects the wrong body field"),
                                finishedWithFailure(message(text -> text.startsWith(
                                        "[io/apigwsim/junit/requests/failing.yaml line 17, entry \"expects the wrong body"
                                                + " field\", expect.bodyFields[\"$.owner.age\"]] " + NL
                                                + "Expecting response body field owner.age to be:" + NL + "  3" + NL
                                                + "but owner has no age; it holds:" + NL + "  {\"name\":\"Ann\"}")))));
    }

    // A mistake in the table fails the test before any request, naming annotation, method, file and line.
    @Test
    void a_mistake_in_the_table_names_the_annotation_file_and_line() {
        runFailingContainer(BrokenTableTestCase.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message("@ApiGatewayRequests on BrokenTableTestCase.pets:"
                                        + " io/apigwsim/junit/requests/broken.yaml line 4, at [0].expect.stauts: expect"
                                        + " has no field \"stauts\"; did you mean \"status\"? Its fields are [invoked,"
                                        + " status, headers, body, json, bodyFields, eventFields]"))));
    }

    @Test
    void a_missing_table_is_named() {
        runFailingContainer(MissingTableTestCase.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message(text -> text.startsWith("@ApiGatewayRequests on MissingTableTestCase.pets: The"
                                        + " request table \"requests/nowhere.yaml\" is neither a class-path resource"
                                        + " nor a file relative to ")))));
    }

    @Test
    void a_table_of_another_format_is_refused() {
        runFailingContainer(WrongExtensionTestCase.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message("@ApiGatewayRequests on WrongExtensionTestCase.pets: The request table"
                                        + " \"requests/pets.txt\" has an extension apigw-sim does not read; name a YAML"
                                        + " table (.yaml, .yml, .json) or an .http file (.http, .rest)"))));
    }

    @Test
    void an_annotation_without_a_file_is_refused() {
        runFailingContainer(NoFileTestCase.class)
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message("@ApiGatewayRequests on NoFileTestCase.pets names no file; name a request"
                                        + " table, such as @ApiGatewayRequests(\"requests/pets.yaml\")"))));
    }

    // .http requests are named by their ### line or # @name, carry no expectations, and reach the function.
    @Test
    void each_request_of_an_http_file_is_a_named_invocation() {
        Events events = run(HttpFileTestCase.class);

        events.assertThatEvents()
                .haveExactly(1, event(test(), displayName("[1] Get a pet"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("[2] adopt"), finishedSuccessfully()));
        events.assertStatistics(stats -> stats.started(2).succeeded(2));
    }

    // A header no client could send fails when the request is sent, naming the entry.
    @Test
    void a_header_no_client_sends_names_the_entry() {
        RequestCase entry = new RequestCase(
                "bad header",
                "pets.yaml line 3",
                new io.apigwsim.http.HttpRequest(
                        "GET",
                        "/pets/1",
                        io.apigwsim.http.Headers.builder().add("X Pet", "1").build(),
                        new byte[0]),
                new RequestExpectations(List.of()));

        try (ApiGateway gateway =
                ApiGateway.builder().route("GET /pets/{id}", new PetHandler()).build()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> entry.sendTo(gateway))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("pets.yaml line 3, entry \"bad header\": Request header name \"X Pet\"");
        }
    }

    // An entry prints as its name (the test report's name); its expectations as the table writes them.
    @Test
    void an_entry_reads_well_in_messages() {
        RequestCase entry = RequestTableArguments.requestCase(
                RequestTables.load("io/apigwsim/junit/requests/pets.yaml").get(0));

        assertThat(entry.toString()).isEqualTo("finds a pet");
        assertThat(entry.source()).isEqualTo("io/apigwsim/junit/requests/pets.yaml line 2");
        assertThat(entry.request().target()).isEqualTo("/pets/42?verbose=true");
        assertThat(entry.expectations().toString())
                .isEqualTo(String.join(
                        NL,
                        "expect.invoked: true",
                        "expect.status: 200",
                        "expect.headers.content-type: application/json",
                        "expect.headers.X-Pet: [a, b]",
                        "expect.headers.X-Missing: null",
                        "expect.json: {\"id\":\"42\",\"name\":\"Rex\",\"owner\":{\"name\":\"Ann\"}}",
                        "expect.bodyFields[\"$.owner.name\"]: \"Ann\"",
                        "expect.eventFields[\"$.pathParameters.id\"]: \"42\"",
                        "expect.eventFields[\"$.queryStringParameters.verbose\"]: \"true\"",
                        "expect.eventFields[\"$.body\"]: null"));
    }

    /** Answers {"id": <id>, "name": "Rex", "owner": {"name": "Ann"}} with Content-Type and two X-Pet headers. */
    public static final class PetHandler
            implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

        @Override
        public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
            return new APIGatewayProxyResponseEvent()
                    .withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json"))
                    .withMultiValueHeaders(Map.of("X-Pet", List.of("a", "b")))
                    .withBody("{\"id\":\"" + event.getPathParameters().get("id")
                            + "\",\"name\":\"Rex\",\"owner\":{\"name\":\"Ann\"}}");
        }
    }

    @ApiGatewayTest
    @Route(method = "ANY", path = "/pets/{id}", handler = PetHandler.class)
    static class PetsTableTestCase {

        @ParameterizedTest
        @ApiGatewayRequests("io/apigwsim/junit/requests/pets.yaml")
        void pets(RequestCase entry, ApiGateway gateway) {
            Exchange exchange = entry.sendTo(gateway);

            entry.expectations().verify(exchange);
        }
    }

    @ApiGatewayTest
    @Route(method = "ANY", path = "/pets/{id}", handler = PetHandler.class)
    static class FailingTableTestCase {

        @ParameterizedTest
        @ApiGatewayRequests("io/apigwsim/junit/requests/failing.yaml")
        void pets(RequestCase entry, ApiGateway gateway) {
            entry.expectations().verify(entry.sendTo(gateway));
        }
    }

    @ApiGatewayTest
    @Route(method = "ANY", path = "/pets/{id}", handler = PetHandler.class)
    static class BrokenTableTestCase {

        @ParameterizedTest
        @ApiGatewayRequests("io/apigwsim/junit/requests/broken.yaml")
        void pets(RequestCase entry, ApiGateway gateway) {
            entry.sendTo(gateway);
        }
    }

    @ApiGatewayTest
    @Route(method = "ANY", path = "/pets/{id}", handler = PetHandler.class)
    static class MissingTableTestCase {

        @ParameterizedTest
        @ApiGatewayRequests("requests/nowhere.yaml")
        void pets(RequestCase entry, ApiGateway gateway) {
            entry.sendTo(gateway);
        }
    }

    @ApiGatewayTest
    @Route(method = "ANY", path = "/pets/{id}", handler = PetHandler.class)
    static class WrongExtensionTestCase {

        @ParameterizedTest
        @ApiGatewayRequests("requests/pets.txt")
        void pets(RequestCase entry, ApiGateway gateway) {
            entry.sendTo(gateway);
        }
    }

    @ApiGatewayTest
    @Route(method = "ANY", path = "/pets/{id}", handler = PetHandler.class)
    static class NoFileTestCase {

        @ParameterizedTest
        @ApiGatewayRequests({})
        void pets(RequestCase entry, ApiGateway gateway) {
            entry.sendTo(gateway);
        }
    }

    @ApiGatewayTest
    @Route(method = "ANY", path = "/pets/{id}", handler = PetHandler.class)
    static class HttpFileTestCase {

        @ParameterizedTest
        @ApiGatewayRequests("io/apigwsim/junit/requests/pets.http")
        void pets(RequestCase entry, ApiGateway gateway) {
            Exchange exchange = entry.sendTo(gateway);

            assertThat(entry.expectations().isEmpty()).isTrue();
            assertThat(exchange).response().hasStatus(200).hasJsonBodyField("id", "42");
            assertThat(exchange).lambdaEvent().hasPath("/pets/42");
        }
    }
}
