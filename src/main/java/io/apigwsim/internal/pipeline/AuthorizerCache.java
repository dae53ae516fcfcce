package io.apigwsim.internal.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A Lambda authorizer's result cache: answers keyed on the identity source values, kept for the authorizer's TTL on
 * the gateway's clock and shared by every route that uses the authorizer (docs/behavior.md#rest-authorizer-caching,
 * #http-api-lambda-authorizers). Only answers the function gave are stored, never failures.
 *
 * @param <A> the parsed answer
 */
final class AuthorizerCache<A> {

    private static final int SWEEP_SIZE = 10_000;

    private final int ttlSeconds;
    private final ConcurrentMap<List<String>, Entry<A>> entries = new ConcurrentHashMap<>();

    /** A cache whose answers live {@code ttlSeconds}; 0 turns caching off. */
    AuthorizerCache(int ttlSeconds) {
        this.ttlSeconds = ttlSeconds;
    }

    /** Whether the authorizer caches at all. */
    boolean enabled() {
        return ttlSeconds > 0;
    }

    /** The answer stored for these identity values while it lives, or {@code null}. */
    Entry<A> get(List<String> identity, Instant now) {
        Entry<A> entry = entries.get(identity);
        if (entry == null) {
            return null;
        }
        if (expired(entry, now)) {
            entries.remove(identity, entry);
            return null;
        }
        return entry;
    }

    /** Store the function's answer for these identity values; expired entries are swept when the cache grows large. */
    void put(List<String> identity, A answer, byte[] result, Instant now) {
        if (entries.size() >= SWEEP_SIZE) {
            entries.values().removeIf(old -> expired(old, now));
        }
        entries.put(List.copyOf(identity), new Entry<>(answer, result, now));
    }

    private boolean expired(Entry<A> entry, Instant now) {
        return !now.isBefore(entry.storedAt().plusSeconds(ttlSeconds));
    }

    /**
     * An authorizer's answer as API Gateway caches it: the whole answer (a policy is evaluated again for each method
     * or route ARN), with the function's result bytes.
     */
    record Entry<A>(A answer, byte[] result, Instant storedAt) {}
}
