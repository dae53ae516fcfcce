/**
 * JUnit 5 integration: {@link io.apigwsim.junit.ApiGatewayTest}, {@link io.apigwsim.junit.Route},
 * {@link io.apigwsim.junit.LambdaFunction} and the extension that reads them and injects a fresh
 * {@link io.apigwsim.ApiGateway} into each test.
 *
 * <p>No method of this package accepts or returns {@code null}.
 *
 * @since 0.1
 */
package io.apigwsim.junit;
