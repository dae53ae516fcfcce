package io.apigwsim.definition;

/**
 * The period a usage plan's quota counts requests in. Periods are calendar periods in UTC: a {@code DAY} starts at
 * midnight UTC, a {@code WEEK} on Sunday at midnight UTC, a {@code MONTH} on its first day at midnight UTC.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/api/API_QuotaSettings.html">QuotaSettings</a>
 * @since 0.2
 */
public enum QuotaPeriod {
    /**
     * A calendar day in UTC, from 00:00 to 24:00.
     *
     * @since 0.2
     */
    DAY,
    /**
     * A calendar week in UTC, from Sunday 00:00 to the next Sunday 00:00.
     *
     * @since 0.2
     */
    WEEK,
    /**
     * A calendar month in UTC, from the first day at 00:00 to the first day of the next month.
     *
     * @since 0.2
     */
    MONTH
}
