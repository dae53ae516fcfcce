package io.apigwsim.assertions;

import io.apigwsim.Exchange;
import io.apigwsim.Replay;
import io.apigwsim.http.HttpResponse;

/**
 * Entry point for apigw-sim's AssertJ assertions.
 *
 * <p>An {@link Exchange} is an AssertJ {@code AssertProvider}, so AssertJ's own
 * {@code Assertions.assertThat} works on it too; this class is for a static import of its own, or for
 * asserting on an {@link HttpResponse} alone.
 *
 * <pre>{@code
 * import static io.apigwsim.assertions.ApiGatewayAssertions.assertThat;
 *
 * Exchange exchange = gateway.get("/pets/42").send();
 *
 * assertThat(exchange).lambdaEvent().hasPathParameter("id", "42");
 * assertThat(exchange).response().hasStatus(200).hasJsonBody("{\"id\": 42}");
 * assertThat(exchange.response()).hasContentType("application/json");
 * }</pre>
 *
 * @since 0.1
 */
public final class ApiGatewayAssertions {

    private ApiGatewayAssertions() {}

    /**
     * Start assertions on an exchange.
     *
     * @param exchange the exchange
     * @return the assertion
     * @since 0.1
     */
    public static ExchangeAssert assertThat(Exchange exchange) {
        return new ExchangeAssert(exchange);
    }

    /**
     * Start assertions on a client response; failure messages describe the response alone.
     *
     * @param response the response
     * @return the assertion
     * @since 0.1
     */
    public static ClientResponseAssert assertThat(HttpResponse response) {
        return new ClientResponseAssert(response);
    }

    /**
     * Start assertions on a replayed capture.
     *
     * @param replay the replay, from {@code ApiGateway.replay(capturedEventJson)}
     * @return the assertion
     * @since 0.3
     */
    public static ReplayAssert assertThat(Replay replay) {
        return new ReplayAssert(replay);
    }

    /**
     * Describe an exchange as failure messages and {@code debug()} show it: the request, the Lambda event, the Lambda
     * result, the response and the execution log, each under its heading.
     *
     * @param exchange the exchange
     * @return the description, several lines
     * @since 0.3
     */
    public static String describe(Exchange exchange) {
        return ExchangeDescription.of(exchange);
    }
}
