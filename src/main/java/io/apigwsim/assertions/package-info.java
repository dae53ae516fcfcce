/**
 * AssertJ assertions for exchanges, client responses, Lambda events and headers, with
 * {@link io.apigwsim.assertions.ApiGatewayAssertions} as the entry point.
 *
 * <p>No method of this package accepts or returns {@code null}.
 *
 * @since 0.1
 */
package io.apigwsim.assertions;
