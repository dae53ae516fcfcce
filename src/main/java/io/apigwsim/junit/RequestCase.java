package io.apigwsim.junit;

import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpRequest;
import java.util.Objects;

/**
 * One entry of a request table read by {@link ApiGatewayRequests}: a named request, where it was written, and what
 * its exchange should show.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @ApiGatewayRequests("requests/pets.yaml")
 * void pets(RequestCase entry, ApiGateway gateway) {
 *     Exchange exchange = entry.sendTo(gateway);
 *
 *     entry.expectations().verify(exchange);
 * }
 * }</pre>
 *
 * <p>An immutable value; {@link #toString()} is its name, as the test report shows it.
 *
 * @since 0.2
 */
public final class RequestCase {

    private final String name;
    private final String source;
    private final HttpRequest request;
    private final RequestExpectations expectations;

    RequestCase(String name, String source, HttpRequest request, RequestExpectations expectations) {
        this.name = Objects.requireNonNull(name, "name");
        this.source = Objects.requireNonNull(source, "source");
        this.request = Objects.requireNonNull(request, "request");
        this.expectations = Objects.requireNonNull(expectations, "expectations");
    }

    /**
     * The entry's name: its {@code name} in a YAML table, its {@code ###} or {@code # @name} line in an {@code .http}
     * file, or else its method and target, such as {@code GET /pets/42}.
     *
     * @return the name
     * @since 0.2
     */
    public String name() {
        return name;
    }

    /**
     * Where the entry was written, such as {@code requests/pets.yaml line 12}.
     *
     * @return the file and the line the entry starts on
     * @since 0.2
     */
    public String source() {
        return source;
    }

    /**
     * The request: method, target (the path after the stage and the raw query string), headers and body.
     *
     * @return the request
     * @since 0.2
     */
    public HttpRequest request() {
        return request;
    }

    /**
     * What the exchange should show; empty for an {@code .http} file, whose requests carry no expectations.
     *
     * @return the expectations
     * @since 0.2
     */
    public RequestExpectations expectations() {
        return expectations;
    }

    /**
     * Send the request to a gateway.
     *
     * @param gateway the gateway, such as the one the extension injects
     * @return the exchange
     * @throws IllegalArgumentException when the table's target or a header is something no HTTP client sends, naming
     *     the entry's file and line
     * @since 0.2
     */
    public Exchange sendTo(ApiGateway gateway) {
        Objects.requireNonNull(gateway, "gateway");
        ApiGateway.RequestBuilder builder;
        try {
            builder = gateway.request(request.method(), request.target());
            for (Headers.Header header : request.headers().entries()) {
                builder.header(header.name(), header.value());
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ", entry \"" + name + "\": " + e.getMessage(), e);
        }
        if (request.bodyLength() > 0) {
            builder.body(request.body());
        }
        return builder.send();
    }

    /**
     * The entry's name, as the test report shows it.
     *
     * @return the name
     * @since 0.2
     */
    @Override
    public String toString() {
        return name;
    }
}
