/**
 * The test-facing entry points: {@link io.apigwsim.ApiGateway}, which sends requests to a simulated
 * API, and {@link io.apigwsim.Exchange}, which holds everything about one request.
 *
 * <p>No method of this package accepts or returns {@code null}; a value that may be absent is an
 * {@link java.util.Optional}.
 *
 * @since 0.1
 */
package io.apigwsim;
