package io.apigwsim.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The captured events under src/test/resources/io/apigwsim/replay (their sources are in the README there). */
final class Captures {

    /** A REST API event captured from CloudWatch, regional endpoint, stage {@code live}, logged through Go structs. */
    static final String VOKER_REST = "voker-apigwv1-request.json";

    /** An HTTP API payload 2.0 event captured from CloudWatch, {@code $default} stage and route. */
    static final String VOKER_HTTP = "voker-apigwv2-request.json";

    /** The SAM CLI sample event of an edge-optimized REST API, as shipped in aws-lambda-java-tests. */
    static final String SAM_EDGE_SAMPLE = "sam-sample-apigw_event.json";

    private Captures() {}

    static String read(String name) {
        try (InputStream in = Captures.class.getResourceAsStream("/io/apigwsim/replay/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no capture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
