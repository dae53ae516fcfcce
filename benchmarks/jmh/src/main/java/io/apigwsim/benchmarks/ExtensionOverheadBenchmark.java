package io.apigwsim.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.apigwsim.ApiGateway;
import io.apigwsim.junit.ApiGatewayTest;
import io.apigwsim.junit.Route;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the extension adds to a JUnit test: the same 100 tests run through the Jupiter engine with and
 * without {@code @ApiGatewayTest}; the difference divided by 100 is the cost per test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtensionOverheadBenchmark {

    public static final int TESTS = 100;

    @Benchmark
    public long withExtension() {
        return run(WithExtension.class);
    }

    @Benchmark
    public long withoutExtension() {
        return run(WithoutExtension.class);
    }

    private static long run(Class<?> testClass) {
        long succeeded = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                .selectors(selectClass(testClass))
                .execute()
                .testEvents()
                .succeeded()
                .count();
        if (succeeded != TESTS) {
            throw new IllegalStateException(succeeded + " of " + TESTS + " tests of " + testClass + " passed");
        }
        return succeeded;
    }

    @ApiGatewayTest
    @Route(method = "GET", path = "/pets/{id}", handler = TrivialHandler.class)
    @Route(method = "POST", path = "/pets", handler = TrivialHandler.class)
    public static class WithExtension {
        @RepeatedTest(TESTS)
        void takes_a_gateway(ApiGateway gateway) {
            if (gateway == null) {
                throw new AssertionError("no gateway");
            }
        }
    }

    public static class WithoutExtension {
        @RepeatedTest(TESTS)
        void takes_nothing() {
            if (TESTS < 0) {
                throw new AssertionError("unreachable");
            }
        }
    }
}
