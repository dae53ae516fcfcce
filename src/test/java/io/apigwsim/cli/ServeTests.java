package io.apigwsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeTests {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Resources:
              PetsApi:
                Type: AWS::Serverless::Api
                Properties:
                  StageName: test
              GetPetFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: java17
                  Handler: io.apigwsim.cli.PetHandler::handleRequest
                  Events:
                    Get:
                      Type: Api
                      Properties: {RestApiId: !Ref PetsApi, Path: '/pets/{id}', Method: get}
            """;

    @Test
    void serves_a_sam_template_on_a_free_port_and_prints_routes_and_requests(@TempDir Path directory) throws Exception {
        Path template = Files.writeString(directory.resolve("template.yaml"), TEMPLATE);
        Lines out = new Lines();
        Lines err = new Lines();
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Serve.run(
                new String[] {"--sam", template.toString(), "--port", "0", "--stage", "dev"},
                out.stream(),
                err.stream(),
                stop));
        try {
            String base = out.await(Pattern.compile("Serving .* at (http://127\\.0\\.0\\.1:\\d+/dev/)"))
                    .group(1);
            out.await(Pattern.compile("Serving until stopped")); // the routes are printed before it
            assertThat(out.text()).contains("  GET /pets/{id} -> GetPetFunction");

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base).resolve("pets/42"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"id\":\"42\",\"name\":\"rex\"}");
            out.await(Pattern.compile("GET /pets/42 -> GET /pets/\\{id} 200 \\d+\\.\\d ms GetPetFunction"));
        } finally {
            stop.countDown();
        }
        assertThat(status.get(10, TimeUnit.SECONDS)).isZero();
        assertThat(out.text()).endsWith("Stopped" + System.lineSeparator());
        assertThat(err.text()).isEmpty();
    }

    @Test
    void serves_an_openapi_document_with_the_handler_class_given_for_its_function(@TempDir Path directory)
            throws Exception {
        Path document = Files.writeString(directory.resolve("api.yaml"), """
                openapi: 3.0.1
                info: {title: pets, version: '1'}
                paths:
                  /pets/{id}:
                    get:
                      x-amazon-apigateway-integration:
                        type: aws_proxy
                        httpMethod: POST
                        uri: arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:Pets/invocations
                """);
        Lines out = new Lines();
        Lines err = new Lines();
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> Serve.run(
                new String[] {
                    "--openapi", document.toString(), "--port", "0", "--function", "Pets=" + PetHandler.class.getName()
                },
                out.stream(),
                err.stream(),
                stop));
        try {
            String base = out.await(Pattern.compile("Serving .* at (http://127\\.0\\.0\\.1:\\d+/test/)"))
                    .group(1);
            out.await(Pattern.compile("Serving until stopped")); // the routes are printed before it
            assertThat(out.text()).contains("  GET /pets/{id} -> Pets" + System.lineSeparator());

            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base).resolve("pets/7"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            assertThat(response.body()).isEqualTo("{\"id\":\"7\",\"name\":\"rex\"}");
            out.await(Pattern.compile("GET /pets/7 -> GET /pets/\\{id} 200 \\d+\\.\\d ms Pets"));
        } finally {
            stop.countDown();
        }
        assertThat(status.get(10, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void stops_with_exit_status_2_and_the_loaders_message_when_a_handler_class_is_missing(@TempDir Path directory)
            throws IOException {
        Path template = Files.writeString(
                directory.resolve("template.yaml"), TEMPLATE.replace("io.apigwsim.cli.PetHandler", "com.example.Gone"));
        Lines out = new Lines();
        Lines err = new Lines();

        int status = Serve.run(
                new String[] {"--sam", template.toString(), "--port", "0"},
                out.stream(),
                err.stream(),
                new CountDownLatch(0));

        assertThat(status).isEqualTo(2);
        assertThat(err.text())
                .startsWith("apigw-sim: The function GetPetFunction (")
                .contains("has Handler \"com.example.Gone::handleRequest\", but the class com.example.Gone is not on"
                        + " the test's class path")
                .doesNotContain("\tat ");
        assertThat(out.text()).isEmpty();
    }

    @Test
    void stops_with_exit_status_2_when_the_port_is_taken(@TempDir Path directory) throws IOException {
        Path template = Files.writeString(directory.resolve("template.yaml"), TEMPLATE);
        Lines out = new Lines();
        Lines err = new Lines();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int status = Serve.run(
                    new String[] {"--sam", template.toString(), "--port", String.valueOf(taken.getLocalPort())},
                    out.stream(),
                    err.stream(),
                    new CountDownLatch(0));

            assertThat(status).isEqualTo(2);
        }
        assertThat(err.text()).startsWith("apigw-sim: ").doesNotContain("\tat ");
        assertThat(out.text()).isEmpty();
    }

    @Test
    void stops_with_exit_status_2_and_the_usage_error() {
        Lines out = new Lines();
        Lines err = new Lines();

        int status = Serve.run(new String[] {"--port", "0"}, out.stream(), err.stream(), new CountDownLatch(0));

        assertThat(status).isEqualTo(2);
        assertThat(err.text())
                .isEqualTo("apigw-sim: Give the definition to serve: --sam template.yaml or --openapi api.yaml"
                        + System.lineSeparator());
    }

    @Test
    void prints_the_usage_for_help_and_exits_0() {
        Lines out = new Lines();
        Lines err = new Lines();

        int status = Serve.run(new String[] {"--help"}, out.stream(), err.stream(), new CountDownLatch(0));

        assertThat(status).isZero();
        assertThat(out.text()).startsWith("Usage: Serve (--sam template.yaml | --openapi api.yaml) [options]");
        assertThat(err.text()).isEmpty();
    }
}
