package io.apigwsim.junit;

import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;

import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.internal.table.Expectation;
import io.apigwsim.internal.table.RequestTables;
import io.apigwsim.internal.table.TableEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

/** The arguments of {@link ApiGatewayRequests}: one named {@link RequestCase} per entry of its tables. */
final class RequestTableArguments implements ArgumentsProvider, AnnotationConsumer<ApiGatewayRequests> {

    private List<String> files = List.of();

    @Override
    public void accept(ApiGatewayRequests annotation) {
        files = List.of(annotation.value());
    }

    // The one-argument form exists from JUnit 5.0 to 6.x (deprecated since 5.13, whose two-argument default calls it);
    // the two-argument form's ParameterDeclarations only from 5.13, below the 5.10 the README promises. That default
    // wraps whatever the call throws in a JUnitException blaming this class, so the table is read when JUnit
    // consumes the stream, and a mistake reaches the test as its own ExtensionConfigurationException.
    @Override
    @SuppressWarnings("deprecation")
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
        return Stream.of(context).flatMap(this::arguments);
    }

    private Stream<Arguments> arguments(ExtensionContext context) {
        String place =
                "@ApiGatewayRequests on " + context.getRequiredTestClass().getSimpleName() + "."
                        + context.getRequiredTestMethod().getName();
        if (files.isEmpty()) {
            throw new ExtensionConfigurationException(place
                    + " names no file; name a request table, such as @ApiGatewayRequests(\"requests/pets.yaml\")");
        }
        List<Arguments> arguments = new ArrayList<>();
        for (String file : files) {
            List<TableEntry> entries;
            try {
                entries = RequestTables.load(file);
            } catch (ApiDefinitionException e) {
                throw new ExtensionConfigurationException(place + ": " + e.getMessage(), e);
            }
            for (TableEntry entry : entries) {
                arguments.add(Arguments.of(Named.of(entry.name(), requestCase(entry))));
            }
        }
        return arguments.stream();
    }

    static RequestCase requestCase(TableEntry entry) {
        HttpRequest request = new HttpRequest(
                entry.method(),
                entry.target(),
                entry.headers(),
                entry.body().map(text -> text.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]));
        List<RequestExpectations.Check> checks = entry.expectations().stream()
                .map(expectation -> check(entry, expectation))
                .toList();
        return new RequestCase(entry.name(), entry.where(), request, new RequestExpectations(checks));
    }

    private static RequestExpectations.Check check(TableEntry entry, Expectation expectation) {
        String where = entry.file() + " line " + expectation.line() + ", entry \"" + entry.name() + "\", "
                + expectation.label();
        if (expectation instanceof Expectation.Invoked invoked) {
            return new RequestExpectations.Check(expectation.label() + ": " + invoked.invoked(), exchange -> {
                if (invoked.invoked()) {
                    assertThat(exchange).as("%s", where).wasInvoked();
                } else {
                    assertThat(exchange).as("%s", where).wasNotInvoked();
                }
            });
        }
        if (expectation instanceof Expectation.Status status) {
            return new RequestExpectations.Check(
                    expectation.label() + ": " + status.status(),
                    exchange -> assertThat(exchange).response().as("%s", where).hasStatus(status.status()));
        }
        if (expectation instanceof Expectation.Header header) {
            return new RequestExpectations.Check(
                    expectation.label() + ": "
                            + (header.values().isEmpty()
                                    ? "null"
                                    : header.several()
                                            ? header.values()
                                            : header.values().get(0)),
                    exchange -> {
                        if (header.values().isEmpty()) {
                            assertThat(exchange).response().as("%s", where).doesNotHaveHeader(header.name());
                        } else if (header.several()) {
                            assertThat(exchange)
                                    .response()
                                    .as("%s", where)
                                    .hasHeaderValues(
                                            header.name(), header.values().toArray(String[]::new));
                        } else {
                            assertThat(exchange)
                                    .response()
                                    .as("%s", where)
                                    .hasHeader(header.name(), header.values().get(0));
                        }
                    });
        }
        if (expectation instanceof Expectation.Body body) {
            return new RequestExpectations.Check(
                    expectation.label() + ": " + body.text(),
                    exchange -> assertThat(exchange).response().as("%s", where).hasBody(body.text()));
        }
        if (expectation instanceof Expectation.JsonBody json) {
            return new RequestExpectations.Check(
                    expectation.label() + ": " + json.json(),
                    exchange -> assertThat(exchange).response().as("%s", where).hasJsonBody(json.json()));
        }
        Expectation.Field field = (Expectation.Field) expectation;
        Object value = field.value().orElse(null);
        return new RequestExpectations.Check(expectation.label() + ": " + field.valueText(), exchange -> {
            if (!field.inEvent()) {
                assertThat(exchange).response().as("%s", where).hasJsonBodyField(field.dottedPath(), value);
            } else if (value == null) {
                assertThat(exchange)
                        .as("%s", where)
                        .lambdaEvent()
                        .as("%s", where)
                        .hasNullField(field.dottedPath());
            } else {
                assertThat(exchange)
                        .as("%s", where)
                        .lambdaEvent()
                        .as("%s", where)
                        .hasField(field.dottedPath(), value);
            }
        });
    }
}
