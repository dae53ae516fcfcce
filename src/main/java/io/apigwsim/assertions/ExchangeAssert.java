package io.apigwsim.assertions;

import io.apigwsim.Exchange;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link Exchange}.
 *
 * @since 0.1
 */
public final class ExchangeAssert extends AbstractAssert<ExchangeAssert, Exchange> {

    ExchangeAssert(Exchange actual) {
        super(actual, ExchangeAssert.class);
    }
}
