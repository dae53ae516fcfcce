package io.apigwsim.definition;

import java.util.Objects;

/**
 * A usage plan's quota: at most {@code limit} requests per API key in each {@link QuotaPeriod}, and
 * {@code limit - offset} in the plan's first period.
 *
 * @param limit the number of requests each key may make in a period, 0 or more
 * @param period the calendar period the limit applies to
 * @param offset the number of requests taken off the limit in the plan's first period: the period of the first
 *     request the plan meters; 0 or more, and at most the limit
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_QuotaSettings.html">QuotaSettings</a>
 * @since 0.2
 */
public record QuotaSettings(int limit, QuotaPeriod period, int offset) {

    /**
     * Check the quota.
     *
     * @param limit the number of requests each key may make in a period, 0 or more
     * @param period the calendar period the limit applies to
     * @param offset the number of requests taken off the limit in the first period, from 0 to the limit
     * @throws ApiDefinitionException when the limit or the offset is out of range
     * @since 0.2
     */
    public QuotaSettings {
        check("Quota settings", limit, period, offset);
    }

    /**
     * Check the quota with a message that names its owner, then create it.
     *
     * @param owner what the quota belongs to, such as {@code Usage plan "Gold"}
     */
    static QuotaSettings of(String owner, int limit, QuotaPeriod period, int offset) {
        check(owner, limit, period, offset);
        return new QuotaSettings(limit, period, offset);
    }

    private static void check(String owner, int limit, QuotaPeriod period, int offset) {
        Objects.requireNonNull(period, "period");
        if (limit < 0) {
            throw new ApiDefinitionException(owner + ": quota limit " + limit
                    + " is negative; the limit is the number of requests per period, for example 1000");
        }
        if (offset < 0) {
            throw new ApiDefinitionException(owner + ": quota offset " + offset
                    + " is negative; the offset is the number of requests taken off the limit in the first period,"
                    + " 0 or more");
        }
        if (offset > limit) {
            throw new ApiDefinitionException(owner + ": quota offset " + offset + " is more than the limit " + limit
                    + "; the offset is the number of requests taken off the limit in the first period, at most the"
                    + " limit");
        }
    }

    @Override
    public String toString() {
        return limit + " requests per " + period + (offset == 0 ? "" : ", " + offset + " fewer in the first period");
    }
}
