package io.apigwsim.internal.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a function thread's waits busy-spin, and how they come back to it after spinning stopped paying off. */
class SpinPolicyTests {

    private final SpinPolicy policy = new SpinPolicy();

    @Test
    void a_new_policy_spins() {
        assertThat(policy.shouldSpin()).isTrue();
    }

    // Most gateways serve a few requests far apart: one miss is enough to stop until spinning has paid off once.
    @Test
    void a_new_policy_stops_spinning_at_its_first_miss() {
        policy.shouldSpin();

        policy.missed();

        assertThat(policy.spinning()).isFalse();
    }

    // A preemption or a GC pause costs one miss now and then; only misses in a row mean the threads share a core.
    @Test
    void once_spinning_has_paid_off_it_takes_three_misses_in_a_row_to_stop() {
        policy.paidOff();
        policy.missed();
        policy.missed();
        policy.paidOff();
        policy.missed();
        policy.missed();
        boolean afterTwo = policy.spinning();

        policy.missed();

        assertThat(afterTwo).isTrue();
        assertThat(policy.spinning()).isFalse();
    }

    @Test
    void a_policy_that_stopped_tries_again_once_every_64_waits() {
        policy.missed();

        List<Integer> tries = triesIn(200);

        assertThat(tries).containsExactly(64, 128, 192);
    }

    // Each failed try doubles the distance to the next one, up to 1024 waits.
    @Test
    void each_failed_try_halves_how_often_it_tries() {
        policy.missed();
        List<Integer> distances = new ArrayList<>();

        for (int attempt = 0; attempt < 6; attempt++) {
            int waits = 0;
            do {
                waits++;
            } while (!policy.shouldSpin());
            policy.missed();
            distances.add(waits);
        }

        assertThat(distances).containsExactly(64, 128, 256, 512, 1024, 1024);
    }

    @Test
    void a_try_that_pays_off_makes_the_policy_spin_again() {
        policy.missed();
        while (!policy.shouldSpin()) {
            // waits without spinning until the try
        }

        policy.paidOff();

        assertThat(policy.spinning()).isTrue();
        assertThat(policy.shouldSpin()).isTrue();
    }

    private List<Integer> triesIn(int waits) {
        List<Integer> tries = new ArrayList<>();
        for (int wait = 1; wait <= waits; wait++) {
            if (policy.shouldSpin()) {
                tries.add(wait);
            }
        }
        return tries;
    }
}
