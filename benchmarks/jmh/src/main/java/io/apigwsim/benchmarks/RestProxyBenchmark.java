package io.apigwsim.benchmarks;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One REST API Lambda proxy request through the whole pipeline, against its floor: the work any
 * faithful simulation must do for the same request with the same libraries (write the event JSON,
 * read it into the handler's input type with the runtime's serializer, call the handler, write its
 * result with the runtime's serializer).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RestProxyBenchmark {

    private final ObjectMapper mapper = new ObjectMapper();
    private final TrivialHandler handler = new TrivialHandler();
    private ApiGateway gateway;
    private JsonNode event;
    private PojoSerializer<APIGatewayProxyRequestEvent> eventSerializer;
    private PojoSerializer<APIGatewayProxyResponseEvent> resultSerializer;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        gateway = ApiGateway.builder().seed(1).route("GET /pets/{id}", handler).build();
        Exchange sample = send();
        event = mapper.readTree(sample.lambdaEvent().raw());
        eventSerializer = LambdaEventSerializers.serializerFor(
                APIGatewayProxyRequestEvent.class, APIGatewayProxyRequestEvent.class.getClassLoader());
        resultSerializer = LambdaEventSerializers.serializerFor(
                APIGatewayProxyResponseEvent.class, APIGatewayProxyResponseEvent.class.getClassLoader());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gateway.close();
    }

    private Exchange send() {
        return gateway.get("/pets/42?limit=10&species=dog")
                .header("Accept", "application/json")
                .header("User-Agent", "jmh/1.37")
                .send();
    }

    /** The whole pipeline: routing, event, handler call with the typed event, response mapping. */
    @Benchmark
    public Exchange gatewayRequest() {
        return send();
    }

    /** The floor for the same request. */
    @Benchmark
    public byte[] floor() throws Exception {
        byte[] eventJson = mapper.writeValueAsBytes(event);
        APIGatewayProxyRequestEvent input = eventSerializer.fromJson(new java.io.ByteArrayInputStream(eventJson));
        APIGatewayProxyResponseEvent result = handler.handleRequest(input, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        resultSerializer.toJson(result, out);
        return out.toByteArray();
    }
}
