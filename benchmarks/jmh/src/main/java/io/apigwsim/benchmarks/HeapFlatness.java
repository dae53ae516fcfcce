package io.apigwsim.benchmarks;

import io.apigwsim.ApiGateway;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Sends a million requests through one gateway and prints the heap in use after a full GC every 100,000
 * requests: a gateway that keeps no per-request state stays flat.
 */
public final class HeapFlatness {

    private HeapFlatness() {}

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (ApiGateway gateway = ApiGateway.builder().seed(1).route("GET /pets/{id}", new TrivialHandler()).build()) {
            for (int i = 1; i <= requests; i++) {
                gateway.get("/pets/" + i + "?limit=10").header("User-Agent", "heap").send();
                if (i % (requests / 10) == 0) {
                    System.gc();
                    System.out.printf("requests %,9d   heap used after GC %,7d KB%n", i,
                            memory.getHeapMemoryUsage().getUsed() / 1024);
                }
            }
        }
    }
}
