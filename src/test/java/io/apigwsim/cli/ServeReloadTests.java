package io.apigwsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's {@code --watch}: a changed definition or class directory is served on the same port. */
class ServeReloadTests {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path directory;

    private static String template(String... functions) {
        StringBuilder template = new StringBuilder("""
                AWSTemplateFormatVersion: '2010-09-09'
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  PetsApi:
                    Type: AWS::Serverless::Api
                    Properties:
                      StageName: test
                """);
        for (String function : functions) {
            template.append(function);
        }
        return template.toString();
    }

    private static String function(String name, String handler, String method, String path) {
        return """
                  %s:
                    Type: AWS::Serverless::Function
                    Properties:
                      Runtime: java17
                      Handler: %s::handleRequest
                      Events:
                        Call:
                          Type: Api
                          Properties: {RestApiId: !Ref PetsApi, Path: '%s', Method: %s}
                """.formatted(name, handler, path, method);
    }

    private static final String PETS = function("GetPetFunction", PetHandler.class.getName(), "get", "/pets/{id}");

    // The issue: a changed template is served without dropping the listening port.
    @Test
    void a_changed_template_is_served_on_the_same_port() throws Exception {
        Path template = Files.writeString(directory.resolve("template.yaml"), template(PETS));
        try (Served served = new Served(template, Files.createDirectory(directory.resolve("classes")))) {
            int mark = served.out.text().length();

            Files.writeString(
                    template,
                    template(PETS, function("GetOwnerFunction", PetHandler.class.getName(), "get", "/owners/{id}")));

            served.out.await(
                    Pattern.compile("Reloaded in \\d+ ms after changes to .*template\\.yaml: 2 routes at "
                            + Pattern.quote(served.base.toString()) + "; added GET /owners/\\{id}\\R"),
                    mark);
            assertThat(served.get("owners/5")).isEqualTo("200 {\"id\":\"5\",\"name\":\"rex\"}");
        }
    }

    // A change that does not build is reported, and the previous version keeps serving.
    @Test
    void a_template_that_fails_to_build_is_reported_and_the_previous_version_keeps_serving() throws Exception {
        Path template = Files.writeString(directory.resolve("template.yaml"), template(PETS));
        try (Served served = new Served(template, Files.createDirectory(directory.resolve("classes")))) {

            Files.writeString(template, template(PETS.replace(PetHandler.class.getName(), "com.example.Gone")));

            served.err.await(Pattern.compile("apigw-sim: reload failed, still serving the previous version: The"
                    + " function GetPetFunction \\(.*\\) has Handler \"com.example.Gone::handleRequest\", but the class"
                    + " com.example.Gone is not on the test's class path"));
            assertThat(served.err.text()).doesNotContain("\tat ");
            assertThat(served.get("pets/42")).isEqualTo("200 {\"id\":\"42\",\"name\":\"rex\"}");
        }
    }

    // A build deletes class files before it writes new ones: a failure that a further change fixes is not reported.
    @Test
    void a_failed_reload_followed_by_a_fixing_change_is_not_reported() throws Exception {
        Path template = Files.writeString(directory.resolve("template.yaml"), template(PETS));
        try (Served served = new Served(template, Files.createDirectory(directory.resolve("classes")))) {
            int mark = served.out.text().length();
            Files.writeString(template, template(PETS.replace(PetHandler.class.getName(), "com.example.Gone")));
            Thread.sleep(800); // past the quiet period, so that the broken version is built on its own

            Files.writeString(
                    template,
                    template(PETS, function("GetOwnerFunction", PetHandler.class.getName(), "get", "/owners/{id}")));

            served.out.await(Pattern.compile("Reloaded in .*; added GET /owners/\\{id}"), mark);
            assertThat(served.err.text()).isEmpty();
        }
    }

    // The issue: a handler class compiled again into a class directory is served after the reload.
    @Test
    void a_recompiled_handler_class_is_served_after_the_reload() throws Exception {
        Path classes = Files.createDirectory(directory.resolve("classes"));
        compileGreeting(classes, "v1");
        Path template = Files.writeString(
                directory.resolve("template.yaml"),
                template(function("GreetingFunction", "reload.Greeting", "get", "/greeting")));
        try (Served served = new Served(template, classes)) {
            assertThat(served.get("greeting")).isEqualTo("200 v1");
            int mark = served.out.text().length();

            compileGreeting(classes, "v2");

            served.out.await(
                    Pattern.compile("Reloaded in \\d+ ms after changes to 1 file in .*classes: 1 route at "
                            + Pattern.quote(served.base.toString()) + "\\R"),
                    mark);
            assertThat(served.get("greeting")).isEqualTo("200 v2");
        }
    }

    // A request being answered during a reload finishes on the previous gateway; the next ones go to the new one.
    @Test
    void a_request_in_flight_during_a_reload_is_answered_by_the_previous_gateway() throws Exception {
        String held = function("HeldFunction", HeldHandler.class.getName(), "get", "/held");
        Path template = Files.writeString(directory.resolve("template.yaml"), template(held));
        try (Served served = new Served(template, Files.createDirectory(directory.resolve("classes")))) {
            CompletableFuture<HttpResponse<String>> inFlight = CLIENT.sendAsync(
                    HttpRequest.newBuilder(served.base.resolve("held")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(HeldHandler.ENTERED.await(20, TimeUnit.SECONDS)).isTrue();
            int mark = served.out.text().length();
            Files.writeString(template, template(held, PETS));
            served.out.await(Pattern.compile("Reloaded in .*; added GET /pets/\\{id}"), mark);
            assertThat(served.get("pets/1")).isEqualTo("200 {\"id\":\"1\",\"name\":\"rex\"}");

            HeldHandler.RELEASE.countDown();

            HttpResponse<String> answered = inFlight.get(20, TimeUnit.SECONDS);
            assertThat(answered.statusCode() + " " + answered.body()).isEqualTo("200 held");
        }
    }

    private void compileGreeting(Path classes, String greeting) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src-" + greeting + "/reload"));
        Path source = Files.writeString(sources.resolve("Greeting.java"), """
                package reload;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import java.util.Map;

                public final class Greeting implements RequestHandler<Map<String, Object>, Map<String, Object>> {
                    @Override
                    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
                        return Map.of("statusCode", 200, "body", "%s");
                    }
                }
                """.formatted(greeting));
        String lambdaCore;
        try {
            lambdaCore = Path.of(RequestHandler.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status =
                javac.run(null, null, null, "-d", classes.toString(), "-cp", lambdaCore, "-nowarn", source.toString());
        assertThat(status).as("javac's exit status").isZero();
    }

    /**
     * The serve command with {@code --watch} on a free port, run on a thread whose context class loader holds the
     * class directory, as {@code exec:java}'s holds the project's.
     */
    private static final class Served implements AutoCloseable {

        private final Lines out = new Lines();
        private final Lines err = new Lines();
        private final CountDownLatch stop = new CountDownLatch(1);
        private final CompletableFuture<Integer> status = new CompletableFuture<>();
        private final URLClassLoader loader;
        private final URI base;

        Served(Path template, Path classes) throws Exception {
            loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ServeReloadTests.class.getClassLoader());
            String[] args = {"--sam", template.toString(), "--port", "0", "--watch"};
            Thread thread = new Thread(() -> status.complete(Serve.run(args, out.stream(), err.stream(), stop)));
            thread.setContextClassLoader(loader);
            thread.start();
            base = URI.create(out.await(Pattern.compile("Serving .* at (http://127\\.0\\.0\\.1:\\d+/test/)"))
                    .group(1));
            out.await(Pattern.compile(
                    "Watching .*template\\.yaml and " + Pattern.quote(classes.toString()) + " for changes"));
        }

        /** The status and body of a GET of a path of the stage. */
        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        }

        @Override
        public void close() throws IOException, ExecutionException, TimeoutException {
            stop.countDown();
            try {
                assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
                assertThat(out.text()).endsWith("Stopped" + System.lineSeparator());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while the command stopped", e);
            } finally {
                loader.close();
            }
        }
    }
}
