package io.apigwsim.behavior.definitions;

import static io.apigwsim.behavior.definitions.OpenApiDefinitionTests.uri;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.apigwsim.ApiGateway;
import io.apigwsim.Exchange;
import io.apigwsim.definition.ApiDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contentHandling} read from an OpenAPI document, on the integration and on an integration response
 * (docs/behavior.md#content-handling, #definition-openapi-integrations).
 */
class OpenApiContentHandlingTests {

    private static final byte[] IMAGE = {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, 0x00};

    @TempDir
    Path folder;

    /** Answers with the payload it was given, whatever it is. */
    public static final class EchoHandler implements RequestStreamHandler {
        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            output.write(input.readAllBytes());
        }
    }

    private Path document(String integrationExtras, String responseExtras) throws IOException {
        Path file = folder.resolve("api.yaml");
        Files.writeString(file, """
                swagger: '2.0'
                info: {title: images, version: '1'}
                x-amazon-apigateway-binary-media-types: [image/png]
                paths:
                  /images:
                    post:
                      responses: {'200': {description: ok}}
                      x-amazon-apigateway-integration:
                        type: aws
                        httpMethod: POST
                        uri: %s
                        requestTemplates:
                          image/png: '{"data": "$input.body"}'
                %s
                        responses:
                          default:
                            statusCode: '200'
                %s
                """.formatted(uri("Images"), integrationExtras.indent(8), responseExtras.indent(12)));
        return file;
    }

    // The PUT of AWS's own example: CONVERT_TO_TEXT gives the template the image as base64; the integration
    // response's CONVERT_TO_BINARY then decodes the echoed base64 for the client.
    @Test
    void content_handling_of_the_integration_and_of_its_response() throws IOException {
        try (ApiGateway gateway = ApiGateway.builder()
                .openApi(document("contentHandling: CONVERT_TO_TEXT", "contentHandling: CONVERT_TO_BINARY"))
                .function("Images", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/images")
                    .header("Content-Type", "image/png")
                    .header("Accept", "text/plain")
                    .body(IMAGE)
                    .send();

            String base64 = Base64.getEncoder().encodeToString(IMAGE);
            assertThat(exchange.lambdaEvent().raw()).isEqualTo("{\"data\": \"" + base64 + "\"}");
            // The echoed JSON is not base64 text: decoding it for the client fails.
            assertThat(exchange).response().hasStatus(500);
            assertThat(new String(exchange.response().body(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"message\": \"Internal server error\"}");
        }
    }

    // Without contentHandling the binary body cannot reach the template.
    @Test
    void without_content_handling_a_binary_body_fails_the_template() throws IOException {
        try (ApiGateway gateway = ApiGateway.builder()
                .openApi(document("", ""))
                .function("Images", new EchoHandler())
                .build()) {
            Exchange exchange = gateway.post("/images")
                    .header("Content-Type", "image/png")
                    .body(IMAGE)
                    .send();

            assertThat(exchange).wasNotInvoked().response().hasStatus(500);
        }
    }

    @Test
    void a_value_api_gateway_does_not_know_is_refused_at_its_place() throws IOException {
        Path file = document("contentHandling: CONVERT_TO_JSON", "");
        Throwable thrown = catchThrowable(() -> ApiGateway.builder()
                .openApi(file)
                .function("Images", new EchoHandler())
                .build()
                .close());

        assertThat(thrown)
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("line 14, at paths./images.post.x-amazon-apigateway-integration.contentHandling:"
                        + " contentHandling \"CONVERT_TO_JSON\" is not one of CONVERT_TO_TEXT, CONVERT_TO_BINARY");
    }
}
