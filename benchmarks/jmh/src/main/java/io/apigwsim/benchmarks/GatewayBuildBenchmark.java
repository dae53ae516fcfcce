package io.apigwsim.benchmarks;

import io.apigwsim.ApiGateway;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Building a gateway with 100 routes: what each test pays before its first request. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GatewayBuildBenchmark {

    private final TrivialHandler handler = new TrivialHandler();

    @Benchmark
    public ApiGateway build100Routes() {
        ApiGateway.Builder builder = ApiGateway.builder().seed(1);
        for (int i = 0; i < 25; i++) {
            builder.route("GET /r" + i, handler)
                    .route("POST /r" + i, handler)
                    .route("GET /r" + i + "/{id}", handler)
                    .route("ANY /r" + i + "/{id}/{proxy+}", handler);
        }
        ApiGateway gateway = builder.build();
        gateway.close();
        return gateway;
    }
}
