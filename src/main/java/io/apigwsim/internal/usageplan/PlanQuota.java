package io.apigwsim.internal.usageplan;

import io.apigwsim.definition.QuotaPeriod;
import io.apigwsim.definition.QuotaSettings;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;

/**
 * One usage plan's quota: a count per API key in the current calendar period, UTC (docs/behavior.md#quotas). The
 * plan's first period is the one of the first request it meters; in it each key gets {@code limit - offset}
 * requests.
 */
final class PlanQuota {

    private final QuotaSettings settings;

    // guarded by this
    private LocalDate firstPeriod;
    private final Map<String, KeyCount> countsByKeyName = new HashMap<>();

    PlanQuota(QuotaSettings settings) {
        this.settings = settings;
    }

    QuotaSettings settings() {
        return settings;
    }

    /**
     * Count a request of a key arriving at {@code now}.
     *
     * @return whether the key had a request left in the period; a refused request is not counted
     */
    synchronized boolean tryCount(String keyName, Instant now) {
        LocalDate period = periodStart(settings.period(), now);
        if (firstPeriod == null) {
            firstPeriod = period;
        }
        KeyCount count = countsByKeyName.computeIfAbsent(keyName, name -> new KeyCount());
        LocalDate current = count.moveTo(period);
        int allowed = current.equals(firstPeriod) ? settings.limit() - settings.offset() : settings.limit();
        return count.tryIncrement(allowed);
    }

    /** The first day of the period that holds {@code instant}: periods are calendar periods in UTC. */
    static LocalDate periodStart(QuotaPeriod period, Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return switch (period) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** A key's count in its current period; only touched under the quota's lock. */
    private static final class KeyCount {

        private LocalDate period;
        private int used;

        /** Start a later period afresh; a request dated in an earlier period counts in the current one. */
        LocalDate moveTo(LocalDate requestPeriod) {
            if (period == null || requestPeriod.isAfter(period)) {
                period = requestPeriod;
                used = 0;
            }
            return period;
        }

        boolean tryIncrement(int allowed) {
            if (used >= allowed) {
                return false;
            }
            used++;
            return true;
        }
    }
}
