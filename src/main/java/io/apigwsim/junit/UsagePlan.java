package io.apigwsim.junit;

import io.apigwsim.definition.QuotaPeriod;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declare a usage plan of the test class's REST API stage: the keys it admits, their throttle and quota
 * (docs/behavior.md#usage-plans).
 *
 * @since 0.2
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(UsagePlan.UsagePlans.class)
@ExtendWith(ApiGatewayExtension.class)
public @interface UsagePlan {

    /**
     * The plan's name.
     *
     * @return the name
     */
    String name();

    /**
     * The names of the {@link ApiKey}s the plan admits.
     *
     * @return at least one key name
     */
    String[] apiKeys();

    /**
     * The steady rate of the per-key throttle, requests per second.
     *
     * @return the rate; negative (the default) for no throttle
     */
    double rateLimit() default -1;

    /**
     * The burst of the per-key throttle.
     *
     * @return the bucket size; used with {@link #rateLimit()}
     */
    int burstLimit() default 0;

    /**
     * The number of requests per key and period.
     *
     * @return the quota; negative (the default) for none
     */
    int quotaLimit() default -1;

    /**
     * The quota's period.
     *
     * @return {@link QuotaPeriod#DAY} by default
     */
    QuotaPeriod quotaPeriod() default QuotaPeriod.DAY;

    /**
     * Holds repeated {@link UsagePlan} declarations.
     *
     * @since 0.2
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @ExtendWith(ApiGatewayExtension.class)
    @interface UsagePlans {

        /**
         * The declarations.
         *
         * @return the declarations
         */
        UsagePlan[] value();
    }
}
