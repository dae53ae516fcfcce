package io.apigwsim;

import io.apigwsim.assertions.ApiGatewayAssertions;
import io.apigwsim.assertions.ExchangeAssert;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AssertProvider;

/**
 * Everything about one request sent through the simulated gateway: what the client sent, the event
 * the Lambda function received, what the function returned, what the client got, and the execution log.
 *
 * <p>An exchange is an AssertJ {@link AssertProvider}, so AssertJ's own {@code assertThat} works on it:
 *
 * <pre>{@code
 * Exchange exchange = gateway.get("/pets/42?limit=10").send();
 *
 * assertThat(exchange).lambdaEvent().hasPathParameter("id", "42").hasQueryParameter("limit", "10");
 * assertThat(exchange).response().hasStatus(200).hasHeader("Content-Type", "application/json");
 * }</pre>
 *
 * <p>Exchanges are immutable and safe to share between threads.
 *
 * @since 0.1
 */
public interface Exchange extends AssertProvider<ExchangeAssert> {

    /**
     * Return the request as the client sent it.
     *
     * @return the client request
     * @since 0.1
     */
    HttpRequest request();

    /**
     * Return the response as the client received it.
     *
     * @return the client response
     * @since 0.1
     */
    HttpResponse response();

    /**
     * Tell whether the Lambda function was invoked; {@code false} when API Gateway answered itself, as
     * for a request that matches no route.
     *
     * @return whether the function ran
     * @since 0.1
     */
    boolean invoked();

    /**
     * Return the event the function received.
     *
     * @return the event
     * @throws IllegalStateException when the function was not invoked; check {@link #invoked()} first
     * @since 0.1
     */
    LambdaPayload lambdaEvent();

    /**
     * Return what the function returned, as Lambda handed it to API Gateway: the serialized result, or
     * Lambda's error object ({@code errorMessage}, {@code errorType}, {@code stackTrace}) when the
     * function failed.
     *
     * @return the function's result
     * @throws IllegalStateException when the function was not invoked or did not finish in time
     * @since 0.1
     */
    LambdaPayload lambdaResult();

    /**
     * Return Lambda's function error marker, as in the {@code X-Amz-Function-Error} header Lambda sends to
     * API Gateway.
     *
     * @return {@code "Unhandled"} when the function failed, empty otherwise
     * @since 0.1
     */
    Optional<String> functionError();

    /**
     * Return what the route's authorizer did for this request.
     *
     * @return the authorizer call, or empty when the route has no authorizer or the request matched no route
     * @since 0.2
     */
    Optional<AuthorizerCall> authorizer();

    /**
     * Return the route that served the request.
     *
     * @return the route key, such as {@code GET /pets/{id}}, or empty when no route matched
     * @since 0.1
     */
    Optional<String> routeKey();

    /**
     * Return API Gateway's request id, also in {@code requestContext.requestId} and the
     * {@code x-amzn-RequestId} response header.
     *
     * @return the request id
     * @since 0.1
     */
    String requestId();

    /**
     * Return the execution log: API Gateway's account of the request, with what the function logged
     * through its {@code LambdaLogger} and the cause of any error the client only sees as a status.
     *
     * @return the log lines in order
     * @since 0.1
     */
    List<String> executionLog();

    /**
     * Start AssertJ assertions on this exchange.
     *
     * @return an assertion on this exchange
     * @since 0.1
     */
    @Override
    default ExchangeAssert assertThat() {
        return ApiGatewayAssertions.assertThat(this);
    }
}
