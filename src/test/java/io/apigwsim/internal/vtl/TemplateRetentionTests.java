package io.apigwsim.internal.vtl;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A gateway's templates, and the Velocity engine behind them, are garbage once the gateway is: the threads that
 * rendered them keep nothing of them. A test suite builds thousands of gateways on a handful of threads.
 */
class TemplateRetentionTests {

    private static final int ENGINES = 20;

    @Test
    void an_engine_whose_templates_were_rendered_on_this_thread_can_be_collected() {
        List<WeakReference<Object>> runtimes = new ArrayList<>();
        for (int i = 0; i < ENGINES; i++) {
            runtimes.add(renderOnceAndForget());
        }

        for (int attempt = 0; attempt < 10 && stillReachable(runtimes) > 0; attempt++) {
            System.gc();
        }

        assertThat(stillReachable(runtimes))
                .as("Velocity runtimes of unused engines still reachable after garbage collection")
                .isZero();
    }

    private static WeakReference<Object> renderOnceAndForget() {
        VtlEngine engine = VtlEngine.create();
        VtlTemplate template = engine.compile("retained?", "{\"name\": \"$input.path('$.name').toUpperCase()\"}");
        assertThat(template.render(VtlInput.ofBody("{\"name\": \"rex\"}")).output())
                .isEqualTo("{\"name\": \"REX\"}");
        return new WeakReference<>(engine.runtime());
    }

    private static long stillReachable(List<WeakReference<Object>> references) {
        return references.stream().filter(reference -> reference.get() != null).count();
    }
}
