package io.apigwsim.benchmarks;

import java.util.Arrays;

/**
 * The request benchmarks' ratios to their floors, measured by alternating short blocks of gateway requests and floor
 * runs in one JVM, so that whatever else the machine does in the meantime slows both alike. JMH runs a benchmark
 * and its floor minutes apart, and on a shared 2-core machine the floor alone varied by half from run to run; this
 * complements JMH's absolute figures with ratios that hold still. Prints the median block time of each and their
 * ratio.
 *
 * <pre>
 * mvn -f benchmarks/pom.xml verify -Dbenchmark.main=io.apigwsim.benchmarks.InterleavedRatios -Dbenchmark.args=40
 * </pre>
 */
public final class InterleavedRatios {

    private static final int WARM_UP_BLOCKS = 10;
    private static final int OPERATIONS_PER_BLOCK = 20_000;

    private InterleavedRatios() {}

    public static void main(String[] args) throws Exception {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 40;

        RestProxyBenchmark rest = new RestProxyBenchmark();
        rest.setUp();
        report("REST API proxy request", blocks, rest::gatewayRequest, rest::floor);
        rest.tearDown();

        HttpApiBenchmark http = new HttpApiBenchmark();
        http.setUp();
        report("HTTP API payload 2.0 request", blocks, http::gatewayRequest, http::floor);
        http.tearDown();

        CustomIntegrationBenchmark custom = new CustomIntegrationBenchmark();
        custom.setUp();
        report("Custom integration request", blocks, custom::gatewayRequest, custom::requestFloor);
        custom.tearDown();
    }

    private static void report(String name, int blocks, Operation gateway, Operation floor) throws Exception {
        double[] gatewayMicros = new double[blocks];
        double[] floorMicros = new double[blocks];
        for (int block = -WARM_UP_BLOCKS; block < blocks; block++) {
            double g = microsPerOperation(gateway);
            double f = microsPerOperation(floor);
            if (block >= 0) {
                gatewayMicros[block] = g;
                floorMicros[block] = f;
            }
        }
        Arrays.sort(gatewayMicros);
        Arrays.sort(floorMicros);
        double g = gatewayMicros[blocks / 2];
        double f = floorMicros[blocks / 2];
        System.out.printf("%-30s %7.2f us   floor %6.2f us   ratio %5.2fx%n", name, g, f, g / f);
    }

    private static double microsPerOperation(Operation operation) throws Exception {
        Object sink = null;
        long start = System.nanoTime();
        for (int i = 0; i < OPERATIONS_PER_BLOCK; i++) {
            sink = operation.run();
        }
        long elapsed = System.nanoTime() - start;
        if (sink == null) {
            throw new IllegalStateException("an operation returned nothing");
        }
        return elapsed / 1000.0 / OPERATIONS_PER_BLOCK;
    }

    @FunctionalInterface
    private interface Operation {
        Object run() throws Exception;
    }
}
