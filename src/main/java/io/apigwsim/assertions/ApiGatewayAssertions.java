package io.apigwsim.assertions;

import io.apigwsim.Exchange;

/**
 * Entry point for apigw-sim's AssertJ assertions.
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
}
