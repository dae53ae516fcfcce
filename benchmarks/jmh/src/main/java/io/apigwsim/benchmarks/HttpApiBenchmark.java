package io.apigwsim.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
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

/** One HTTP API payload 2.0 request through the whole pipeline, against its floor. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HttpApiBenchmark {

    /** A trivial payload 2.0 handler. */
    public static final class V2Handler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
        private static final Map<String, String> HEADERS = Map.of("content-type", "application/json");

        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200)
                    .withHeaders(HEADERS)
                    .withBody("{\"id\":\"" + event.getPathParameters().get("id") + "\"}")
                    .build();
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final V2Handler handler = new V2Handler();
    private ApiGateway gateway;
    private JsonNode event;
    private PojoSerializer<APIGatewayV2HTTPEvent> eventSerializer;
    private PojoSerializer<APIGatewayV2HTTPResponse> resultSerializer;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        gateway = ApiGateway.builder().httpApi().seed(1).route("GET /pets/{id}", handler).build();
        event = mapper.readTree(send().lambdaEvent().raw());
        eventSerializer = JacksonFactory.getInstance().getSerializer(APIGatewayV2HTTPEvent.class);
        resultSerializer = JacksonFactory.getInstance().getSerializer(APIGatewayV2HTTPResponse.class);
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

    /** The whole pipeline: routing, the 2.0 event, the handler call with the typed event, response rules. */
    @Benchmark
    public Exchange gatewayRequest() {
        return send();
    }

    /** The floor for the same request: write the event, read it as the runtime does, call, write the result. */
    @Benchmark
    public byte[] floor() throws Exception {
        byte[] eventJson = mapper.writeValueAsBytes(event);
        APIGatewayV2HTTPEvent input = eventSerializer.fromJson(new ByteArrayInputStream(eventJson));
        APIGatewayV2HTTPResponse result = handler.handleRequest(input, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        resultSerializer.toJson(result, out);
        return out.toByteArray();
    }
}
