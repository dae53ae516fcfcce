package io.apigwsim.junit;

import io.apigwsim.ApiGateway;
import io.apigwsim.definition.ApiType;
import io.apigwsim.definition.EndpointType;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Run the annotated test class against a simulated Amazon API Gateway REST API or HTTP API.
 *
 * <p>Each test method gets a fresh {@link ApiGateway}: declare it as a parameter of the test method or
 * of a {@code @BeforeEach} method, or as a field of type {@code ApiGateway}, which is set just before
 * each test runs. Routes come from {@link Route} declarations on the class and on the test method.
 *
 * <pre>{@code
 * @ApiGatewayTest(stage = "prod", stageVariables = "table=pets")
 * @Route(method = "GET", path = "/pets/{id}", handler = GetPet.class)
 * class GetPetTests {
 *
 *     @Test
 *     void finds_the_pet(ApiGateway gateway) {
 *         Exchange exchange = gateway.get("/pets/42").send();
 *
 *         assertThat(exchange).response().hasStatus(200);
 *     }
 * }
 * }</pre>
 *
 * <p>With {@code serve = true} each test's gateway also serves on a loopback port, for real HTTP clients:
 *
 * <pre>{@code
 * @ApiGatewayTest(serve = true)
 * @Route(method = "GET", path = "/pets/{id}", handler = GetPet.class)
 * class GetPetOverHttpTests {
 *
 *     @Test
 *     void finds_the_pet(URI base, ApiGateway gateway) throws Exception {
 *         HttpResponse<String> response = HttpClient.newHttpClient()
 *                 .send(HttpRequest.newBuilder(base.resolve("pets/42")).build(), BodyHandlers.ofString());
 *
 *         assertThat(response.statusCode()).isEqualTo(200);
 *         assertThat(gateway.servedExchanges().get(0)).lambdaEvent().hasPathParameter("id", "42");
 *     }
 * }
 * }</pre>
 *
 * <p>On a {@code @Nested} class the settings of the nearest enclosing class that has this annotation
 * apply, and routes declared on enclosing classes are served too.
 *
 * @since 0.1
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ApiGatewayExtension.class)
public @interface ApiGatewayTest {

    /**
     * The kind of API to simulate.
     *
     * @return {@link ApiType#REST} by default, or {@link ApiType#HTTP}
     */
    ApiType type() default ApiType.REST;

    /**
     * The stage name, the first path segment of every request URL (except an HTTP API's
     * {@code $default} stage, which has none).
     *
     * @return letters, digits, {@code -} and {@code _}, or {@code $default} for an HTTP API; by default
     *     {@code test} for a REST API and {@code $default} for an HTTP API
     */
    String stage() default "";

    /**
     * The stage variables, each written {@code name=value}.
     *
     * @return the stage variables, such as {@code {"table=pets", "logLevel=debug"}}; none by default
     */
    String[] stageVariables() default {};

    /**
     * The API's binary media types; REST APIs only.
     *
     * @return media types such as {@code "image/png"} or {@code "application/*"}; none by default
     */
    String[] binaryMediaTypes() default {};

    /**
     * An OpenAPI 3.0 or Swagger 2.0 document with API Gateway's extensions whose API the test serves, instead of
     * routes declared again in annotations: a class-path resource (such as {@code "api.yaml"} in
     * {@code src/test/resources}) or a path relative to the project directory. {@link LambdaFunction} fields bind
     * the functions its integrations name; {@link Route}s add routes on top.
     *
     * @return the document; none by default
     * @since 0.2
     */
    String openApi() default "";

    /**
     * An AWS SAM template whose API the test serves: a class-path resource or a path relative to the project
     * directory. Its functions' {@code Handler} classes are instantiated from the test's class path unless a
     * {@link LambdaFunction} field binds the function's logical id.
     *
     * @return the template; none by default
     * @since 0.2
     */
    String samTemplate() default "";

    /**
     * The logical id of the SAM template's API to serve, when it declares several.
     *
     * @return the logical id, such as {@code "PetsApi"}; by default the template's only API
     * @since 0.2
     */
    String samApi() default "";

    /**
     * Values of the SAM template's parameters, each written {@code name=value}, as
     * {@code sam deploy --parameter-overrides} takes them.
     *
     * @return the parameter values; none by default (the template's defaults apply)
     * @since 0.2
     */
    String[] templateParameters() default {};

    /**
     * Serve each test's gateway on a free port of the loopback address before the test runs, as
     * {@link ApiGateway#start()} does, so that real HTTP clients (the JDK's {@code HttpClient}, RestAssured, a
     * browser) can call it. A {@code java.net.URI} parameter of the test method or of a {@code @BeforeEach} method
     * receives the stage's base URL, such as {@code http://127.0.0.1:PORT/prod/}; {@link ApiGateway#servedExchanges()}
     * holds the exchanges of the requests served. The server stops when the test ends. Serving needs
     * {@code io.netty:netty-codec-http} (4.2) on the test class path.
     *
     * @return whether to serve on a port; {@code false} by default
     * @since 0.2
     */
    boolean serve() default false;

    /**
     * The AWS region in the API's host name and in its functions' ARNs.
     *
     * @return such as {@code "eu-west-1"}; by default {@code us-east-1}
     * @since 0.2
     */
    String region() default "";

    /**
     * The AWS account that owns the API.
     *
     * @return twelve digits; by default {@code 123456789012}
     * @since 0.2
     */
    String accountId() default "";

    /**
     * The API id, the first label of the API's host; the same for every test unless set, as a deployed API keeps its
     * id.
     *
     * @return ten lower-case letters and digits; by default {@link ApiGateway#DEFAULT_API_ID}
     * @since 0.2
     */
    String apiId() default "";

    /**
     * The seed of every per-request id (request ids, trace ids, Lambda request ids), so that each run of a test sees
     * the same ids, as {@link ApiGateway.Builder#seed(long)} does.
     *
     * @return a decimal {@code long}, such as {@code "42"}; by default a random seed per test
     * @since 0.2
     */
    String seed() default "";

    /**
     * A fixed instant for the gateway's clock, so that request times are the same in every run, as
     * {@link ApiGateway.Builder#clock(java.time.Clock)} with a fixed clock does.
     *
     * @return an ISO-8601 instant such as {@code "2024-08-02T21:34:43.123Z"}; by default the system clock
     * @since 0.2
     */
    String clock() default "";

    /**
     * How clients reach the REST API, as {@link ApiGateway.Builder#endpointType(EndpointType)} sets it: write
     * {@code endpointType = EndpointType.EDGE} for an edge-optimized API, whose requests pass through CloudFront.
     *
     * @return at most one type; by default the definition file's, else {@link EndpointType#REGIONAL}
     * @since 0.2
     */
    EndpointType[] endpointType() default {};

    /**
     * A custom domain the requests reach the stage through, as {@link ApiGateway.Builder#customDomain(String,
     * String)} sets it.
     *
     * @return a host name such as {@code "api.example.com"}; by default none (the execute-api host)
     * @since 0.2
     */
    String customDomain() default "";

    /**
     * The base path of {@link #customDomain()} that maps to the stage.
     *
     * @return such as {@code "v1"}; by default empty (the domain's root)
     * @since 0.2
     */
    String basePath() default "";
}
