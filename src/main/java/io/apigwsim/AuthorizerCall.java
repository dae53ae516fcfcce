package io.apigwsim;

import java.util.Optional;

/**
 * What a route's authorizer did for one request: the event it received, what it returned, whether the answer came
 * from API Gateway's authorizer cache, and the decision API Gateway took
 * (docs/behavior.md#rest-lambda-authorizers).
 *
 * <pre>{@code
 * AuthorizerCall call = exchange.authorizer().orElseThrow();
 * assertThat(call.decision()).isEqualTo(AuthorizerCall.Decision.ALLOWED);
 * assertThat(call.fromCache()).isTrue();
 * }</pre>
 *
 * @since 0.2
 */
public interface AuthorizerCall {

    /**
     * Return the name of the authorizer.
     *
     * @return the authorizer's name
     * @since 0.2
     */
    String authorizerName();

    /**
     * Tell whether the authorizer function ran for this request; {@code false} when the answer came from the cache
     * or API Gateway refused the request before calling it, as for a missing identity.
     *
     * @return whether the function was invoked
     * @since 0.2
     */
    boolean invoked();

    /**
     * Tell whether the answer came from API Gateway's authorizer cache.
     *
     * @return whether a cached answer was used
     * @since 0.2
     */
    boolean fromCache();

    /**
     * Return the event the authorizer function received.
     *
     * @return the event
     * @throws IllegalStateException when the function was not invoked; check {@link #invoked()} first
     * @since 0.2
     */
    LambdaPayload event();

    /**
     * Return the answer API Gateway used: what the function returned now, or the cached answer. When the function
     * failed, Lambda's error object.
     *
     * @return the authorizer's output
     * @throws IllegalStateException when there is none, as when the function was not invoked and nothing was cached
     * @since 0.2
     */
    LambdaPayload result();

    /**
     * Return the principal the authorizer named.
     *
     * @return the {@code principalId}, or empty when the authorizer gave none
     * @since 0.2
     */
    Optional<String> principalId();

    /**
     * Return what API Gateway decided.
     *
     * @return the decision
     * @since 0.2
     */
    Decision decision();

    /**
     * What API Gateway decided after asking an authorizer.
     *
     * @since 0.2
     */
    enum Decision {
        /** The policy allows the request; it goes on to the integration. */
        ALLOWED,
        /** No statement of the policy allows the request: 403. */
        DENIED,
        /** A statement of the policy explicitly denies the request: 403. */
        DENIED_EXPLICITLY,
        /** The identity is missing or invalid, or the authorizer answered {@code Unauthorized}: 401. */
        UNAUTHORIZED,
        /** The authorizer failed, timed out or answered something API Gateway cannot use: 500. */
        FAILED
    }
}
