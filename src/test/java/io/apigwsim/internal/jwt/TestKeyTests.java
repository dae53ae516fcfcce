package io.apigwsim.internal.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import io.apigwsim.internal.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TestKeyTests {

    @Test
    void threads_that_ask_at_once_all_get_the_one_key() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<String> ask = () -> {
                    start.await();
                    return TestKey.publicJwks();
                };
                answers.add(pool.submit(ask));
            }
            start.countDown();
            Set<String> keys = new HashSet<>();
            for (Future<String> answer : answers) {
                keys.add(answer.get());
            }

            assertThat(keys).hasSize(1);
            assertThat(TestKey.rsaKey()).isSameAs(TestKey.rsaKey());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_public_key_set_holds_the_public_half_under_the_fixed_kid() {
        Map<String, Object> jwks = Json.tryReadObject(TestKey.publicJwks()).orElseThrow();

        List<?> keys = (List<?>) jwks.get("keys");

        assertThat(keys).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> key = (Map<String, Object>) keys.get(0);
        assertThat(key)
                .containsEntry("kty", "RSA")
                .containsEntry("kid", "apigw-sim-test-key")
                .containsEntry("use", "sig")
                .containsKeys("n", "e")
                .doesNotContainKeys("d", "p", "q");
    }

    @Test
    void the_key_is_rsa_2048() {
        assertThat(TestKey.rsaKey().size()).isEqualTo(2048);
    }
}
