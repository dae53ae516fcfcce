package io.apigwsim.benchmarks;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.lambda.thirdparty.com.fasterxml.jackson.core.type.TypeReference;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.Integration;
import io.apigwsim.internal.vtl.VtlEngine;
import io.apigwsim.internal.vtl.VtlInput;
import io.apigwsim.internal.vtl.VtlTemplate;
import java.util.List;
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

/**
 * Lambda custom integration: rendering the "Method Request passthrough" template and a typical hand-written
 * template with the VTL engine, a whole request through the pipeline with both a request and a response
 * template, and their floors: a plain Jackson round trip of the same body, and the proxy floor's work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CustomIntegrationBenchmark {

    static final String BODY = "{\"name\":\"Rex\",\"species\":\"dog\",\"tags\":[\"good\",\"boy\"],\"age\":3}";

    // The console's "Method Request passthrough" template (custom-integration sheet, section 3).
    static final String PASSTHROUGH = resource("/method-request-passthrough.vtl");

    static final String HAND_WRITTEN = """
            #set($pet = $input.path('$'))
            {
              "name": "$util.escapeJavaScript($pet.name)",
              "species": "$pet.species",
              "tags": $input.json('$.tags'),
              "owner": "$input.params('x-owner')",
              "requestId": "$context.requestId"
            }
            """;

    static final String RESPONSE = "{\"id\": $input.json('$.id'), \"name\": \"$input.path('$.name')\"}";

    /** Echoes the input back with an id, as a create handler would. */
    public static final class CreatePet implements RequestHandler<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
            return Map.of("id", 42, "name", String.valueOf(input.get("name")));
        }
    }

    private static String resource(String name) {
        try (java.io.InputStream in = CustomIntegrationBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private VtlTemplate passthrough;
    private VtlTemplate handWritten;
    private VtlInput input;
    private ApiGateway gateway;
    private JsonNode renderedPayload;
    private final CreatePet handler = new CreatePet();
    private final PojoSerializer<Object> inputSerializer = JacksonFactory.getInstance()
            .getSerializer(new TypeReference<Map<String, Object>>() {}.getType());
    private final PojoSerializer<Object> resultSerializer = JacksonFactory.getInstance()
            .getSerializer(new TypeReference<Map<String, Object>>() {}.getType());

    @Setup(Level.Trial)
    public void setUp() {
        VtlEngine engine = VtlEngine.create();
        passthrough = engine.compile("passthrough", PASSTHROUGH);
        handWritten = engine.compile("hand-written", HAND_WRITTEN);
        input = new VtlInput(
                BODY,
                Map.of("id", "42"),
                Map.of("limit", List.of("10")),
                Map.of("Content-Type", List.of("application/json"), "x-owner", List.of("ann")),
                Map.of("httpMethod", "POST", "requestId", "6f0d3c1e-2b4a-4e8f-9a7b-1c2d3e4f5a6b", "resourcePath",
                        "/pets", "stage", "test", "identity", Map.of("sourceIp", "198.51.100.1", "userAgent", "jmh")),
                Map.of("table", "pets"));
        gateway = ApiGateway.builder()
                .seed(1)
                .route("POST /pets", Integration.lambdaCustom(new CreatePet())
                        .requestTemplate("application/json", PASSTHROUGH)
                        .responseTemplate("application/json", RESPONSE)
                        .build())
                .build();
        try {
            renderedPayload = mapper.readTree(gatewayRequest().lambdaEvent().raw());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        gateway.close();
    }

    /** The passthrough template alone. */
    @Benchmark
    public String renderPassthroughTemplate() {
        return passthrough.render(input).output();
    }

    /** A typical hand-written template alone. */
    @Benchmark
    public String renderHandWrittenTemplate() {
        return handWritten.render(input).output();
    }

    /** The floor for a template: a plain Jackson round trip of the same body. */
    @Benchmark
    public byte[] jacksonRoundTrip() throws Exception {
        JsonNode tree = mapper.readTree(BODY);
        return mapper.writeValueAsBytes(tree);
    }

    /**
     * The floor for a whole custom-integration request: write the payload the template rendered, read it into
     * the handler's input type as the runtime does, call the handler, write its result.
     */
    @Benchmark
    @SuppressWarnings("unchecked")
    public byte[] requestFloor() throws Exception {
        byte[] payload = mapper.writeValueAsBytes(renderedPayload);
        Map<String, Object> in = (Map<String, Object>) inputSerializer.fromJson(new java.io.ByteArrayInputStream(payload));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(128);
        resultSerializer.toJson(handler.handleRequest(in, null), out);
        return out.toByteArray();
    }

    /** A whole custom-integration request: passthrough request template, handler, response template. */
    @Benchmark
    public Exchange gatewayRequest() {
        return gateway.post("/pets?limit=10")
                .header("Content-Type", "application/json")
                .header("x-owner", "ann")
                .body(BODY)
                .send();
    }
}
