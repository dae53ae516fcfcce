package io.apigwsim;

import io.apigwsim.definition.ApiDefinition;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ApiKey;
import io.apigwsim.definition.ApiKeySource;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.definition.CorsConfiguration;
import io.apigwsim.definition.EndpointType;
import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.IamPrincipal;
import io.apigwsim.definition.Integration;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.LambdaProxyIntegration;
import io.apigwsim.definition.MethodRequest;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.definition.RequestValidator;
import io.apigwsim.definition.RouteDefinition;
import io.apigwsim.definition.StageThrottling;
import io.apigwsim.definition.UsagePlan;
import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.internal.loader.DefinitionSource;
import io.apigwsim.internal.loader.LoadOptions;
import io.apigwsim.internal.loader.LoadableDefinition;
import io.apigwsim.internal.loader.LoadedApi;
import io.apigwsim.internal.loader.LoadedFunctions;
import io.apigwsim.internal.pipeline.AssertjRequirement;
import io.apigwsim.internal.pipeline.FunctionBinding;
import io.apigwsim.internal.pipeline.Gateway;
import io.apigwsim.internal.pipeline.GatewayEnvironment;
import io.apigwsim.internal.replay.CapturedEvent;
import io.apigwsim.internal.replay.EventComparison;
import io.apigwsim.internal.server.LocalServer;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A simulated Amazon API Gateway stage, of a REST API or an HTTP API: send it requests as a client would, and get back an
 * {@link Exchange} with the Lambda event, the function's result and the client response.
 *
 * <p>In a JUnit 5 test, declare routes with {@code @Route} on a class annotated with
 * {@code @ApiGatewayTest} and take the gateway as a parameter:
 *
 * <pre>{@code
 * @ApiGatewayTest
 * @Route(method = "GET", path = "/pets/{id}", handler = GetPet.class)
 * class GetPetTests {
 *
 *     @Test
 *     void finds_the_pet(ApiGateway gateway) {
 *         Exchange exchange = gateway.get("/pets/42?verbose=true").send();
 *
 *         assertThat(exchange).lambdaEvent().hasPathParameter("id", "42");
 *         assertThat(exchange).response().hasStatus(200);
 *     }
 * }
 * }</pre>
 *
 * <p>Without JUnit, build one:
 *
 * <pre>{@code
 * try (ApiGateway gateway = ApiGateway.builder()
 *         .stage("prod")
 *         .stageVariable("table", "pets")
 *         .route("GET /pets/{id}", new GetPet())
 *         .build()) {
 *     Exchange exchange = gateway.get("/pets/42").send();
 * }
 * }</pre>
 *
 * <p>Real HTTP clients reach it once it {@linkplain #start() serves on a port}:
 *
 * <pre>{@code
 * URI base = gateway.start();   // http://127.0.0.1:PORT/prod/
 * HttpResponse<String> response = HttpClient.newHttpClient()
 *         .send(HttpRequest.newBuilder(base.resolve("pets/42")).build(), BodyHandlers.ofString());
 * }</pre>
 *
 * <p>A gateway is safe to use from several threads. Closing it refuses further requests, stops serving on its port and
 * stops the asynchronous invocations still running.
 *
 * @since 0.1
 */
public final class ApiGateway implements AutoCloseable {

    /** The client address the simulated client sends from unless a request says otherwise. */
    public static final String DEFAULT_SOURCE_IP = HttpRequest.DEFAULT_SOURCE_IP;

    /**
     * The API id of every gateway unless its builder sets another: stable, so that a handler that keeps the API's
     * host in a static field (as framework adapters do) sees the same host in every test, as it would on AWS.
     */
    public static final String DEFAULT_API_ID = "apigwsim01";

    private final Gateway pipeline;
    private final ApiDefinition definition;
    private final Object serving = new Object();
    private LocalServer server;
    private boolean closed;
    private final List<Exchange> servedExchanges = new ArrayList<>();
    private final List<Consumer<Exchange>> exchangeListeners;

    private ApiGateway(Gateway pipeline, ApiDefinition definition, List<Consumer<Exchange>> exchangeListeners) {
        this.pipeline = pipeline;
        this.definition = definition;
        this.exchangeListeners = List.copyOf(exchangeListeners);
    }

    /**
     * Start building a gateway.
     *
     * @return a new builder: stage {@code test}, no routes
     * @since 0.1
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Build a gateway that serves the given definition.
     *
     * @param definition the API
     * @return the gateway
     * @throws io.apigwsim.definition.ApiDefinitionException when a route or handler is invalid
     * @since 0.1
     */
    public static ApiGateway of(ApiDefinition definition) {
        return builder().definition(definition).build();
    }

    /**
     * Return the definition this gateway serves.
     *
     * @return the API definition
     * @since 0.1
     */
    public ApiDefinition definition() {
        return definition;
    }

    /**
     * Start a {@code GET} request.
     *
     * @param target the path after the stage with an optional raw query string, such as
     *     {@code "/pets/42?limit=10"}; percent-escapes are sent as written
     * @return the request, to complete and {@link RequestBuilder#send() send}
     * @throws IllegalStateException when the gateway is closed
     * @throws IllegalArgumentException when the target holds a character a client cannot send in a URL (RFC 3986),
     *     such as a space, a line break or {@code #}; see {@link #request(String, String)}
     * @since 0.1
     */
    public RequestBuilder get(String target) {
        return request("GET", target);
    }

    /**
     * Start a {@code POST} request.
     *
     * @param target the path after the stage with an optional raw query string
     * @return the request
     * @since 0.1
     */
    public RequestBuilder post(String target) {
        return request("POST", target);
    }

    /**
     * Start a {@code PUT} request.
     *
     * @param target the path after the stage with an optional raw query string
     * @return the request
     * @since 0.1
     */
    public RequestBuilder put(String target) {
        return request("PUT", target);
    }

    /**
     * Start a {@code PATCH} request.
     *
     * @param target the path after the stage with an optional raw query string
     * @return the request
     * @since 0.1
     */
    public RequestBuilder patch(String target) {
        return request("PATCH", target);
    }

    /**
     * Start a {@code DELETE} request.
     *
     * @param target the path after the stage with an optional raw query string
     * @return the request
     * @since 0.1
     */
    public RequestBuilder delete(String target) {
        return request("DELETE", target);
    }

    /**
     * Start a {@code HEAD} request.
     *
     * @param target the path after the stage with an optional raw query string
     * @return the request
     * @since 0.1
     */
    public RequestBuilder head(String target) {
        return request("HEAD", target);
    }

    /**
     * Start an {@code OPTIONS} request.
     *
     * @param target the path after the stage with an optional raw query string
     * @return the request
     * @since 0.1
     */
    public RequestBuilder options(String target) {
        return request("OPTIONS", target);
    }

    /**
     * Start a request with any method.
     *
     * <p>The target holds only what a client can send in a URL (RFC 3986): letters, digits,
     * {@code - . _ ~ ! $ & ' ( ) * + , ; = : @ /} and {@code %}, and {@code ?} to start the query string. Percent-encode
     * anything else, such as a space ({@code %20}) or a non-ASCII letter; a malformed escape such as {@code %zz} is
     * sent as written, for API Gateway to answer.
     *
     * @param method the HTTP method, such as {@code "GET"}
     * @param target the path after the stage with an optional raw query string
     * @return the request
     * @throws IllegalStateException when the gateway is closed
     * @throws IllegalArgumentException when the method is not an upper-case name, or the target does not start with
     *     {@code /} or holds another character, naming the character and the fix
     * @since 0.1
     */
    public RequestBuilder request(String method, String target) {
        Objects.requireNonNull(method, "request(method, target) was given a null method; pass one such as \"GET\"");
        Objects.requireNonNull(
                target, "The request target is null; pass the path after the stage, for example \"/pets/42\"");
        pipeline.requireOpen(method, target);
        if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException(
                    "HTTP method \"" + method + "\" is not an upper-case method name such as \"GET\"");
        }
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException("A request target is the path after the stage and must start with"
                    + " \"/\", for example \"/pets/42?limit=10\", but was \"" + target + "\"");
        }
        return new RequestBuilder(this, method, RequestChecks.target(target));
    }

    /**
     * Serve the stage over HTTP/1.1 on a free port of the loopback address, so that any HTTP client can call it: the
     * JDK's {@code HttpClient}, RestAssured, a browser, curl. Each request from the wire goes through the same pipeline
     * as {@link #request(String, String)} with the client's address as source IP, and the response bytes on the wire
     * are those of its {@link Exchange}'s response; {@link #servedExchanges()} holds the exchanges. Calling it again
     * returns the same URL; {@link #close()} stops serving and frees the port.
     *
     * <pre>{@code
     * URI base = gateway.start();
     * HttpResponse<String> response = HttpClient.newHttpClient()
     *         .send(HttpRequest.newBuilder(base.resolve("pets/42")).build(), BodyHandlers.ofString());
     *
     * assertThat(gateway.servedExchanges()).singleElement()
     *         .satisfies(exchange -> assertThat(exchange).lambdaEvent().hasPathParameter("id", "42"));
     * }</pre>
     *
     * <p>The server runs on Netty, an optional dependency of apigw-sim: add {@code io.netty:netty-codec-http} (4.2) to
     * the test dependencies to serve.
     *
     * @return the stage's base URL, ending with {@code /}: {@code http://127.0.0.1:PORT/prod/} for a REST API's stage
     *     {@code prod} (or an HTTP API's named stage), {@code http://127.0.0.1:PORT/} for an HTTP API's
     *     {@code $default} stage; resolve paths without their leading {@code /} against it, as in
     *     {@code base.resolve("pets/42")}
     * @throws IllegalStateException when the gateway is closed, or Netty is not on the class path (naming the
     *     dependency to add)
     * @since 0.2
     */
    public URI start() {
        synchronized (serving) {
            if (closed) {
                throw new IllegalStateException(
                        "This ApiGateway is closed, so it cannot serve on a port; build a new" + " gateway for it");
            }
            if (server == null) {
                server = LocalServer.start(this, LocalServer.loopback(0), this::served);
            }
            return server.baseUri();
        }
    }

    /**
     * Replay an event captured from a real API Gateway: rebuild the client request from it, send it through this
     * gateway's routes, and compare the event the function receives with the captured one, path by path. The capture
     * may be a REST API event (payload 1.0), an HTTP API payload 2.0 event or an HTTP API payload 1.0 event, as the
     * function logged it, as a Lambda console test event or as a file of {@code aws-lambda-java-tests}.
     *
     * <p>The request is rebuilt from the method, the path after the stage, the query, the headers the client sent
     * (not those API Gateway or CloudFront add: {@code Host}, {@code X-Amzn-Trace-Id}, {@code X-Forwarded-*},
     * {@code Content-Length}, {@code CloudFront-*}, {@code X-Amz-Cf-Id}, a CloudFront {@code Via}), the cookies, the
     * body and the source IP. Values that change with every request, and values that name the captured API (its id,
     * account, region, domain, stage), are reported apart from the differences that count.
     *
     * <pre>{@code
     * assertThat(gateway.replay(capturedEventJson)).matchesCapturedEvent();
     * }</pre>
     *
     * @param capturedEventJson the captured event's JSON text
     * @return the replay: the exchange and every difference, with its cause
     * @throws IllegalArgumentException naming what is missing when the text is not an API Gateway proxy event, or
     *     naming the header when a captured header is one a client cannot send
     * @throws IllegalStateException when the gateway is closed
     * @since 0.3
     */
    public Replay replay(String capturedEventJson) {
        Objects.requireNonNull(capturedEventJson, "replay(capturedEventJson) was given null; pass the event's JSON");
        CapturedEvent captured = CapturedEvent.parse(capturedEventJson);
        RequestBuilder request = request(captured.method(), captured.target());
        captured.headers().entries().forEach(header -> request.header(header.name(), header.value()));
        Exchange exchange =
                request.body(captured.body()).sourceIp(captured.sourceIp()).send();
        List<Replay.Difference> differences = exchange.invoked()
                ? EventComparison.compare(
                        captured.tree(),
                        EventComparison.tree(exchange.lambdaEvent().raw()))
                : List.of();
        return new Replay(capturedEventJson, captured.format().toString(), exchange, differences, List.of());
    }

    /**
     * Return the exchanges of the requests served over HTTP since {@link #start()}, in the order they were answered;
     * each is in the list before its response is written, so a client that has the response finds its exchange.
     * Requests sent in-process with {@link #request(String, String)} are not listed: {@code send()} returns theirs.
     * Requests the stage never saw (outside the stage's path, or not valid HTTP) have no exchange.
     *
     * @return a copy of the list, empty before the first request
     * @since 0.2
     */
    public List<Exchange> servedExchanges() {
        synchronized (servedExchanges) {
            return List.copyOf(servedExchanges);
        }
    }

    private void served(Exchange exchange) {
        synchronized (servedExchanges) {
            servedExchanges.add(exchange);
        }
    }

    /**
     * Close the gateway: it stops serving on its port, if it {@linkplain #start() served}, and frees the port; requests
     * started or sent afterwards fail with an {@code IllegalStateException}, and asynchronous invocations still
     * running are interrupted. Closing twice does nothing more.
     *
     * @since 0.1
     */
    @Override
    public void close() {
        synchronized (serving) {
            closed = true;
            if (server != null) {
                server.close();
                server = null;
            }
        }
        pipeline.close();
    }

    @Override
    public String toString() {
        return "ApiGateway(" + definition + ")";
    }

    // A listener's failure is its own: the exchange is the gateway's answer either way.
    private void tell(Exchange exchange) {
        for (Consumer<Exchange> listener : exchangeListeners) {
            try {
                listener.accept(exchange);
            } catch (RuntimeException e) {
                // ignored, as documented on Builder.onExchange
            }
        }
    }

    /**
     * A request being put together; {@link #send()} sends it and returns the exchange.
     *
     * @since 0.1
     */
    public static final class RequestBuilder {

        private final ApiGateway gateway;
        private final String method;
        private final StringBuilder target;
        private final Headers.Builder headers = Headers.builder();
        private byte[] body = new byte[0];
        private String sourceIp = DEFAULT_SOURCE_IP;

        private RequestBuilder(ApiGateway gateway, String method, String target) {
            this.gateway = gateway;
            this.method = method;
            this.target = new StringBuilder(target);
        }

        /**
         * Add a header; calling this twice with one name sends two header lines.
         *
         * @param name the header name, spelled as the client sends it: an RFC 9110 token of letters, digits and
         *     {@code ! # $ % & ' * + - . ^ _ ` | ~}
         * @param value the value: an RFC 9110 field value, with no control character but a tab and no white space
         *     at its start or end; empty is allowed
         * @return this request
         * @throws IllegalArgumentException when the name or the value is one a client cannot send, naming the rule
         * @since 0.1
         */
        public RequestBuilder header(String name, String value) {
            Objects.requireNonNull(name, "header(name, value) was given a null name");
            Objects.requireNonNull(value, "header(name, value) was given a null value for " + name);
            headers.add(RequestChecks.headerName(name), RequestChecks.headerValue(name, value));
            return this;
        }

        /**
         * Append a query parameter, form-encoded as a browser would encode it (a space becomes {@code +}).
         *
         * @param name the parameter name
         * @param value the parameter value
         * @return this request
         * @since 0.1
         */
        public RequestBuilder query(String name, String value) {
            Objects.requireNonNull(name, "query(name, value) was given a null name; pass the parameter name");
            Objects.requireNonNull(
                    value, "query(name, value) was given a null value for " + name + "; pass \"\" for an empty value");
            target.append(target.indexOf("?") < 0 ? '?' : '&')
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            return this;
        }

        /**
         * Set the body as UTF-8 text.
         *
         * @param text the body
         * @return this request
         * @since 0.1
         */
        public RequestBuilder body(String text) {
            this.body = Objects.requireNonNull(text, "body(text) was given null; pass \"\" for an empty body")
                    .getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /**
         * Set the body bytes.
         *
         * @param bytes the body
         * @return this request
         * @since 0.1
         */
        public RequestBuilder body(byte[] bytes) {
            this.body = Objects.requireNonNull(bytes, "body(bytes) was given null; pass new byte[0] for an empty body")
                    .clone();
            return this;
        }

        /**
         * Sign the request with the credentials of this access key id, as an AWS SDK would for an {@code AWS_IAM}
         * method: adds {@code Authorization} (Signature Version 4, with a placeholder signature, which apigw-sim
         * does not verify) and {@code X-Amz-Date} at the gateway's clock.
         *
         * @param accessKeyId the access key id of a principal declared with
         *     {@link Builder#iamPrincipal(IamPrincipal)}
         * @return this request
         * @since 0.2
         */
        public RequestBuilder signedBy(String accessKeyId) {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
            String[] signature = gateway.pipeline.signatureHeaders(accessKeyId);
            headers.add("Authorization", signature[0]);
            headers.add("X-Amz-Date", signature[1]);
            return this;
        }

        /**
         * Set the client's IP address, which API Gateway reports as {@code identity.sourceIp} and in
         * {@code X-Forwarded-For}.
         *
         * @param ip the address; {@value ApiGateway#DEFAULT_SOURCE_IP} unless set
         * @return this request
         * @since 0.1
         */
        public RequestBuilder sourceIp(String ip) {
            this.sourceIp =
                    Objects.requireNonNull(ip, "sourceIp(ip) was given null; pass an address such as \"203.0.113.7\"");
            return this;
        }

        /**
         * Send the request through the gateway.
         *
         * @return the exchange: the request, the Lambda event and result, the response and the log
         * @throws IllegalStateException when the gateway is closed
         * @since 0.1
         */
        public Exchange send() {
            Exchange exchange =
                    gateway.pipeline.send(new HttpRequest(method, target.toString(), headers.build(), body, sourceIp));
            gateway.tell(exchange);
            return exchange;
        }
    }

    /**
     * Builds an {@link ApiGateway}.
     *
     * @since 0.1
     */
    public static final class Builder {

        private ApiDefinition.Builder definition = ApiDefinition.builder();
        // Declarations are applied at once (so that a bad one fails where it is made) and recorded, so that they can
        // be applied again on top of a definition file loaded when the gateway is built.
        private final List<Consumer<ApiDefinition.Builder>> declarations = new ArrayList<>();
        private boolean definitionReplaced;
        private LoadableDefinition loadable;
        private ApiType declaredType;
        private String stage;
        private final Map<String, String> stageVariables = new LinkedHashMap<>();
        private final Map<String, String> templateParameters = new LinkedHashMap<>();
        private String samApi;
        private final Map<String, FunctionBinding> functions = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private Long seed;
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private String apiId = DEFAULT_API_ID;
        private String customDomain;
        private String basePath = "";
        private final List<Consumer<Exchange>> exchangeListeners = new ArrayList<>();

        private Builder() {}

        /**
         * Serve the given definition, replacing what this builder declared so far.
         *
         * @param api the API definition
         * @return this builder
         * @since 0.1
         */
        public Builder definition(ApiDefinition api) {
            this.definition = api.toBuilder();
            declarations.clear();
            definitionReplaced = true;
            return this;
        }

        /**
         * Serve the API an OpenAPI 3.0 or Swagger 2.0 document declares with its {@code x-amazon-apigateway-*}
         * extensions, read when the gateway is built. Routes and settings declared on this builder are added on
         * top; stage variables set here win over the definition's. The document is a REST API unless
         * {@link #httpApi()} says otherwise or it uses what only HTTP APIs have (docs/behavior.md#definition-api-type).
         *
         * <pre>{@code
         * ApiGateway gateway = ApiGateway.builder()
         *         .openApi(Path.of("src/main/api/openapi.yaml"))
         *         .function("Pets", new PetsHandler())
         *         .build();
         * }</pre>
         *
         * @param file the document, YAML or JSON
         * @return this builder
         * @throws io.apigwsim.definition.ApiDefinitionException when the file cannot be read; what it declares is
         *     checked by {@link #build()}, with the file, line and path of anything wrong
         * @since 0.2
         */
        public Builder openApi(Path file) {
            return load(new LoadableDefinition(true, DefinitionSource.file(file, "OpenAPI definition")));
        }

        /**
         * Serve the API an OpenAPI document declares, given as a class-path resource such as {@code "api.yaml"} (in
         * {@code src/test/resources}) or else a path relative to the working directory; see {@link #openApi(Path)}.
         *
         * @param resource the resource name or relative path
         * @return this builder
         * @since 0.2
         */
        public Builder openApi(String resource) {
            return load(new LoadableDefinition(true, DefinitionSource.resource(resource, "OpenAPI definition")));
        }

        /**
         * Serve the API an AWS SAM template declares: its {@code AWS::Serverless::Api} or
         * {@code AWS::Serverless::HttpApi} (or the implicit API its functions' events make), with the functions'
         * {@code Handler} classes instantiated from the test's class path unless bound with
         * {@link #function(String, Object)} by logical id (docs/behavior.md#definition-sam).
         *
         * @param file the template, YAML or JSON
         * @return this builder
         * @since 0.2
         */
        public Builder samTemplate(Path file) {
            return load(new LoadableDefinition(false, DefinitionSource.file(file, "SAM template")));
        }

        /**
         * Serve the API a SAM template declares, given as a class-path resource or else a path relative to the
         * working directory; see {@link #samTemplate(Path)}.
         *
         * @param resource the resource name or relative path, such as {@code "template.yaml"}
         * @return this builder
         * @since 0.2
         */
        public Builder samTemplate(String resource) {
            return load(new LoadableDefinition(false, DefinitionSource.resource(resource, "SAM template")));
        }

        /**
         * Set a SAM template parameter, as {@code sam deploy --parameter-overrides} does.
         *
         * @param name the parameter the template declares
         * @param value its value
         * @return this builder
         * @since 0.2
         */
        public Builder templateParameter(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (templateParameters.put(name, value) != null) {
                throw new ApiDefinitionException("Template parameter " + name + " is set twice; set it once");
            }
            return this;
        }

        /**
         * Choose which API of a SAM template to serve, when it declares more than one.
         *
         * @param logicalId the API's logical id, such as {@code PetsApi}, or {@code ServerlessRestApi} /
         *     {@code ServerlessHttpApi} for the implicit APIs
         * @return this builder
         * @since 0.2
         */
        public Builder samApi(String logicalId) {
            this.samApi = Objects.requireNonNull(logicalId, "logicalId");
            return this;
        }

        private Builder load(LoadableDefinition definitionFile) {
            if (loadable != null) {
                throw new ApiDefinitionException(
                        "This gateway already serves " + loadable.source().name()
                                + "; a gateway serves one definition file, so load "
                                + definitionFile.source().name()
                                + " into another gateway");
            }
            this.loadable = definitionFile;
            return this;
        }

        private void declare(Consumer<ApiDefinition.Builder> declaration) {
            declaration.accept(definition);
            declarations.add(declaration);
        }

        /**
         * Bind a handler to the function of this name, for the routes whose integration names it, such as
         * {@code Integration.lambdaProxy("PetsFunction")} or a function named in a loaded definition.
         *
         * @param name the function name the integrations use
         * @param handler a {@code RequestHandler} or {@code RequestStreamHandler} instance, a Mockito mock included
         * @return this builder
         * @since 0.1
         */
        public Builder function(String name, Object handler) {
            return bind(name, handler, Optional.empty());
        }

        /**
         * Bind a handler whose class does not tell its event types, such as a Mockito mock of a generic
         * {@code RequestHandler}, with its declared type.
         *
         * @param name the function name the integrations use
         * @param handler the handler instance
         * @param handlerType a parameterized {@code RequestHandler} type
         * @return this builder
         * @since 0.1
         */
        public Builder function(String name, Object handler, Type handlerType) {
            return bind(name, handler, Optional.of(Objects.requireNonNull(handlerType, "handlerType")));
        }

        private Builder bind(String name, Object handler, Optional<Type> handlerType) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(handler, "handler");
            if (functions.containsKey(name)) {
                throw new ApiDefinitionException("Function \"" + name + "\" is bound twice; bind each function once");
            }
            functions.put(name, new FunctionBinding(handler, handlerType));
            return this;
        }

        /**
         * Simulate an HTTP API (API Gateway v2) instead of a REST API: route keys, Lambda proxy payload
         * format 2.0 by default, the {@code $default} stage unless {@link #stage(String)} names one.
         *
         * @return this builder
         * @since 0.1
         */
        public Builder httpApi() {
            declaredType = ApiType.HTTP;
            declare(builder -> builder.type(ApiType.HTTP));
            return this;
        }

        /**
         * Set the stage name, the first segment of every request URL (except an HTTP API's
         * {@code $default} stage).
         *
         * @param stage letters, digits, {@code -} and {@code _}, or {@code $default} for an HTTP API;
         *     {@code test} for a REST API and {@code $default} for an HTTP API unless set
         * @return this builder
         * @since 0.1
         */
        public Builder stage(String stage) {
            definition.stage(stage);
            this.stage = stage;
            return this;
        }

        /**
         * Add a stage variable.
         *
         * @param name the variable name
         * @param value the value
         * @return this builder
         * @since 0.1
         */
        public Builder stageVariable(String name, String value) {
            definition.stageVariable(name, value);
            stageVariables.put(name, value);
            return this;
        }

        /**
         * Add binary media types.
         *
         * @param mediaTypes such as {@code image/png} or {@code application/*}
         * @return this builder
         * @since 0.1
         */
        public Builder binaryMediaTypes(String... mediaTypes) {
            declare(builder -> builder.binaryMediaTypes(mediaTypes));
            return this;
        }

        /**
         * Configure an HTTP API's built-in CORS: API Gateway then answers preflight requests itself and
         * sets the CORS headers of every integration response.
         *
         * @param cors the configuration
         * @return this builder
         * @since 0.1
         */
        public Builder cors(CorsConfiguration cors) {
            declare(builder -> builder.cors(cors));
            return this;
        }

        /**
         * Add a route served by a Lambda proxy integration.
         *
         * @param routeKey the method and resource path, such as {@code "GET /pets/{id}"} or
         *     {@code "ANY /{proxy+}"}, or an HTTP API's {@code "$default"}
         * @param handler a {@code RequestHandler} or {@code RequestStreamHandler}
         * @return this builder
         * @since 0.1
         */
        public Builder route(String routeKey, Object handler) {
            if (handler instanceof Integration integration) {
                return route(routeKey, integration);
            }
            return route(routeKey, Integration.lambdaProxy(handler).build());
        }

        /**
         * Add a route served by the integration being built, so {@code .build()} may be left out.
         *
         * @param routeKey the method and resource path, such as {@code "GET /pets/{id}"}
         * @param integration the integration's builder
         * @return this builder
         * @since 0.1
         */
        public Builder route(String routeKey, LambdaProxyIntegration.Builder integration) {
            return route(routeKey, integration.build());
        }

        /**
         * Add a route served by the custom integration being built, so {@code .build()} may be left out.
         *
         * @param routeKey the method and resource path, such as {@code "POST /pets"}
         * @param integration the integration's builder
         * @return this builder
         * @since 0.1
         */
        public Builder route(String routeKey, LambdaCustomIntegration.Builder integration) {
            return route(routeKey, integration.build());
        }

        /**
         * Add a route served by the mock integration being built, so {@code .build()} may be left out.
         *
         * @param routeKey the method and resource path, such as {@code "GET /health"}
         * @param integration the integration's builder
         * @return this builder
         * @since 0.2
         */
        public Builder route(String routeKey, MockIntegration.Builder integration) {
            return route(routeKey, integration.build());
        }

        /**
         * Add the {@code OPTIONS} method "Enable CORS" creates, being built, so {@code .build()} may be left out.
         *
         * @param routeKey {@code OPTIONS} and the resource path, such as {@code "OPTIONS /pets"}
         * @param integration the integration's builder
         * @return this builder
         * @since 0.2
         */
        public Builder route(String routeKey, MockIntegration.CorsPreflightBuilder integration) {
            return route(routeKey, integration.build());
        }

        /**
         * Add a route served by the given integration.
         *
         * @param routeKey the method and resource path, such as {@code "GET /pets/{id}"}
         * @param integration the integration
         * @return this builder
         * @since 0.1
         */
        public Builder route(String routeKey, Integration integration) {
            RouteDefinition route = RouteDefinition.parse(routeKey, integration);
            declare(builder -> builder.route(route));
            return this;
        }

        /**
         * Add a route with method request settings, such as the authorizer that guards it.
         *
         * <pre>{@code
         * builder.route("GET /pets", new ListPets(), MethodRequest.builder().authorizer("bearer").build());
         * }</pre>
         *
         * @param routeKey the method and resource path, such as {@code "GET /pets/{id}"}
         * @param handler a handler, an {@link Integration} or an integration's builder
         * @param methodRequest the method request settings
         * @return this builder
         * @since 0.2
         */
        public Builder route(String routeKey, Object handler, MethodRequest methodRequest) {
            Objects.requireNonNull(methodRequest, "methodRequest");
            Integration integration;
            if (handler instanceof Integration given) {
                integration = given;
            } else if (handler instanceof LambdaProxyIntegration.Builder proxy) {
                integration = proxy.build();
            } else if (handler instanceof LambdaCustomIntegration.Builder custom) {
                integration = custom.build();
            } else if (handler instanceof MockIntegration.Builder mock) {
                integration = mock.build();
            } else if (handler instanceof MockIntegration.CorsPreflightBuilder preflight) {
                integration = preflight.build();
            } else {
                integration = Integration.lambdaProxy(handler).build();
            }
            RouteDefinition route = RouteDefinition.parse(routeKey, integration).withMethodRequest(methodRequest);
            declare(builder -> builder.route(route));
            return this;
        }

        /**
         * Add an authorizer that routes name in their {@link MethodRequest}.
         *
         * @param authorizer the authorizer
         * @return this builder
         * @since 0.2
         */
        public Builder authorizer(AuthorizerDefinition authorizer) {
            declare(builder -> builder.authorizer(authorizer));
            return this;
        }

        /**
         * Add the authorizer being built, so {@code .build()} may be left out.
         *
         * @param authorizer the authorizer's builder
         * @return this builder
         * @since 0.2
         */
        public Builder authorizer(AuthorizerDefinition.Builder authorizer) {
            return authorizer(authorizer.build());
        }

        /**
         * Add an API key of the REST API; callers send its value in {@code X-API-Key} to methods that require a key.
         *
         * @param key the key, such as {@code ApiKey.of("partner", "partnerKey0123456789abcd")}
         * @return this builder
         * @since 0.2
         */
        public Builder apiKey(ApiKey key) {
            declare(builder -> builder.apiKey(key));
            return this;
        }

        /**
         * Add a usage plan of the stage: the keys it admits, their throttle and quota.
         *
         * @param plan the plan
         * @return this builder
         * @since 0.2
         */
        public Builder usagePlan(UsagePlan plan) {
            declare(builder -> builder.usagePlan(plan));
            return this;
        }

        /**
         * Add the usage plan being built, so {@code .build()} may be left out.
         *
         * @param plan the plan's builder
         * @return this builder
         * @since 0.2
         */
        public Builder usagePlan(UsagePlan.Builder plan) {
            return usagePlan(plan.build());
        }

        /**
         * Set the stage's default and per-method throttling.
         *
         * @param throttling the settings
         * @return this builder
         * @since 0.2
         */
        public Builder stageThrottling(StageThrottling throttling) {
            declare(builder -> builder.stageThrottling(throttling));
            return this;
        }

        /**
         * Set where the REST API reads API keys: the {@code X-API-Key} header (the default) or the authorizer's
         * {@code usageIdentifierKey}.
         *
         * @param source the key source
         * @return this builder
         * @since 0.2
         */
        public Builder apiKeySource(ApiKeySource source) {
            declare(builder -> builder.apiKeySource(source));
            return this;
        }

        /**
         * Set how clients reach the REST API: {@link EndpointType#EDGE} puts API Gateway's CloudFront distribution
         * in front of the stage, with the headers it adds to requests and responses (docs/behavior.md#endpoint-types).
         * Overrides the endpoint configuration of a loaded SAM template.
         *
         * @param type {@link EndpointType#REGIONAL} unless set or loaded
         * @return this builder
         * @since 0.2
         */
        public Builder endpointType(EndpointType type) {
            Objects.requireNonNull(type, "type");
            declare(builder -> builder.endpointType(type));
            return this;
        }

        /**
         * Add a request validator that methods name in their {@link MethodRequest}.
         *
         * @param validator the validator, such as {@code RequestValidator.of("all", true, true)}
         * @return this builder
         * @since 0.2
         */
        public Builder requestValidator(RequestValidator validator) {
            declare(builder -> builder.requestValidator(validator));
            return this;
        }

        /**
         * Add a model, a JSON Schema draft 4 document that methods name as a request model.
         *
         * @param name the model's name, such as {@code Pet}
         * @param schema the schema's JSON text
         * @return this builder
         * @since 0.2
         */
        public Builder model(String name, String schema) {
            declare(builder -> builder.model(name, schema));
            return this;
        }

        /**
         * Declare an AWS identity whose signed requests {@code AWS_IAM} methods accept.
         *
         * @param principal the identity and its access key id
         * @return this builder
         * @since 0.2
         */
        public Builder iamPrincipal(IamPrincipal principal) {
            declare(builder -> builder.iamPrincipal(principal));
            return this;
        }

        /**
         * Customize one of the REST API's gateway responses.
         *
         * @param response the customization
         * @return this builder
         * @since 0.2
         */
        public Builder gatewayResponse(GatewayResponse response) {
            declare(builder -> builder.gatewayResponse(response));
            return this;
        }

        /**
         * Customize one of the REST API's gateway responses with the customization being built.
         *
         * @param response the customization's builder
         * @return this builder
         * @since 0.2
         */
        public Builder gatewayResponse(GatewayResponse.Builder response) {
            return gatewayResponse(response.build());
        }

        /**
         * Add a route.
         *
         * @param route the route, with the origin that error messages name
         * @return this builder
         * @since 0.1
         */
        public Builder route(RouteDefinition route) {
            declare(builder -> builder.route(route));
            return this;
        }

        /**
         * Set the clock that stamps request times and runs the authorizer cache, so that a test advances time
         * instead of sleeping.
         *
         * @param clock the clock; the system clock in UTC unless set
         * @return this builder
         * @since 0.1
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Seed every id the gateway makes per request (request ids, trace ids, Lambda request ids), so that runs
         * repeat exactly. The API's own ids (API id, deployment and resource ids) do not depend on it: they are the
         * same for every gateway unless {@link #apiId(String)} sets another.
         *
         * @param seed the seed; a random one unless set
         * @return this builder
         * @since 0.1
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Set the AWS region in the API's host name and the function's ARN.
         *
         * @param region such as {@code eu-west-1}; {@code us-east-1} unless set
         * @return this builder
         * @since 0.1
         */
        public Builder region(String region) {
            if (!region.matches("[a-z]{2}(-[a-z]+)+-[0-9]")) {
                throw new IllegalArgumentException("\"" + region + "\" is not an AWS region such as \"eu-west-1\"");
            }
            this.region = region;
            return this;
        }

        /**
         * Set the API id, the first label of the API's host ({@code <apiId>.execute-api.<region>.amazonaws.com}) and
         * part of every ARN of the API; the deployment and resource ids derive from it.
         *
         * @param apiId ten lower-case letters and digits, as API Gateway makes them; {@value #DEFAULT_API_ID} unless
         *     set, the same for every gateway, as a deployed API keeps its id across requests
         * @return this builder
         * @since 0.1
         */
        public Builder apiId(String apiId) {
            if (apiId == null || !apiId.matches("[a-z0-9]{10}")) {
                throw new IllegalArgumentException(
                        "\"" + apiId + "\" is not an API id: API Gateway's are ten lower-case letters and digits,"
                                + " such as \"" + DEFAULT_API_ID + "\"");
            }
            this.apiId = apiId;
            return this;
        }

        /**
         * Send the requests through a custom domain whose empty base path maps to the stage, as
         * {@code https://api.example.com/pets/42} reaches it: the function sees the domain as {@code Host},
         * {@code requestContext.domainName} and (its first label) {@code domainPrefix}, and the paths lose the stage
         * (docs/behavior.md#custom-domains). Targets stay the path after the mapping, such as {@code /pets/42}.
         *
         * @param domainName a host name such as {@code api.example.com}
         * @return this builder
         * @since 0.2
         */
        public Builder customDomain(String domainName) {
            return customDomain(domainName, "");
        }

        /**
         * Send the requests through a custom domain whose base path maps to the stage, as
         * {@code https://api.example.com/v1/pets/42} reaches it with base path {@code v1}: REST events then carry the
         * base path in {@code path} and {@code requestContext.path} but not in {@code resource}; an HTTP API's
         * {@code rawPath} has neither the base path nor the stage (docs/behavior.md#custom-domains). Targets stay the
         * path after the base path, such as {@code /pets/42}.
         *
         * @param domainName a host name such as {@code api.example.com}
         * @param basePath the mapping's base path, such as {@code v1} or {@code v1/orders}; empty for the domain's root
         * @return this builder
         * @since 0.2
         */
        public Builder customDomain(String domainName, String basePath) {
            if (domainName == null
                    || !domainName.matches(
                            "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+")) {
                throw new IllegalArgumentException(
                        "\"" + domainName + "\" is not a domain name such as \"api.example.com\"");
            }
            if (basePath == null || !basePath.matches("([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?")) {
                throw new IllegalArgumentException("\"" + basePath + "\" is not a base path: write segments of letters,"
                        + " digits, '.', '_', '~' and '-' separated by '/', without a leading '/', such as \"v1\"");
            }
            this.customDomain = domainName.toLowerCase(Locale.ROOT);
            this.basePath = basePath.isEmpty() ? "" : "/" + basePath;
            return this;
        }

        /**
         * Set the AWS account that owns the API.
         *
         * @param accountId twelve digits; {@code 123456789012} unless set
         * @return this builder
         * @since 0.1
         */
        public Builder accountId(String accountId) {
            if (!accountId.matches("[0-9]{12}")) {
                throw new IllegalArgumentException("\"" + accountId + "\" is not a twelve-digit AWS account id");
            }
            this.accountId = accountId;
            return this;
        }

        /**
         * Call a listener with every exchange the gateway produces, sent in-process or served on its port, on the
         * thread that sent the request, once the exchange is complete; the JUnit extension uses this to put a test's
         * exchanges in its reports. An exception the listener throws is ignored.
         *
         * @param listener the listener
         * @return this builder
         * @since 0.3
         */
        public Builder onExchange(Consumer<Exchange> listener) {
            exchangeListeners.add(Objects.requireNonNull(listener, "onExchange(listener) was given null"));
            return this;
        }

        /**
         * Check the definition and build the gateway.
         *
         * @return the gateway
         * @throws io.apigwsim.definition.ApiDefinitionException naming the route and the fix when a route or
         *     handler is invalid
         * @throws IllegalStateException naming the dependency to add when AssertJ is not on the class path
         * @since 0.1
         */
        public ApiGateway build() {
            // before ApiGateway itself is linked: its Exchange is an AssertJ type
            AssertjRequirement.check(Builder.class.getClassLoader());
            ApiDefinition api;
            Map<String, FunctionBinding> bound = functions;
            if (loadable == null) {
                api = definition.build();
            } else {
                if (definitionReplaced) {
                    throw new ApiDefinitionException(
                            "This gateway serves " + loadable.source().name() + " and was also"
                                    + " given an ApiDefinition with definition(...); give it one of the two");
                }
                LoadedApi loaded = loadable.load(new LoadOptions(
                        Optional.ofNullable(declaredType),
                        stageVariables,
                        templateParameters,
                        Optional.ofNullable(samApi),
                        region,
                        accountId));
                ApiDefinition.Builder merged = loaded.api();
                declarations.forEach(declaration -> declaration.accept(merged));
                Optional.ofNullable(stage).or(loaded::stage).ifPresent(merged::stage);
                loaded.stageVariables().forEach(merged::stageVariable);
                api = merged.build();
                bound = LoadedFunctions.bind(loaded, functions, loadable.source());
            }
            long actualSeed = seed != null ? seed : new SecureRandom().nextLong();
            return new ApiGateway(
                    Gateway.create(
                            api,
                            bound,
                            new GatewayEnvironment(
                                    clock, actualSeed, region, accountId, apiId, customDomain, basePath)),
                    api,
                    exchangeListeners);
        }
    }
}
