package io.apigwsim.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Run a {@code @ParameterizedTest} once per request of a request table: a YAML file of requests with their
 * expectations, or an {@code .http} file as IntelliJ's HTTP client and VS Code's REST Client write it. Each
 * invocation receives a {@link RequestCase} and is named by the entry's {@code name} (or its method and target).
 *
 * <pre>{@code
 * @ApiGatewayTest
 * @Route(method = "GET", path = "/pets/{id}", handler = GetPet.class)
 * class PetsTableTests {
 *
 *     @ParameterizedTest
 *     @ApiGatewayRequests("requests/pets.yaml")
 *     void pets(RequestCase entry, ApiGateway gateway) {
 *         Exchange exchange = entry.sendTo(gateway);
 *
 *         entry.expectations().verify(exchange);
 *     }
 * }
 * }</pre>
 *
 * <p>The table arguments come first, the {@link io.apigwsim.ApiGateway} (a fresh one per invocation) after them.
 * A file's mistake (an unknown key, a missing method or target, a value of the wrong type, a JSON path apigw-sim
 * cannot look up, an undeclared {@code {{variable}}} of an {@code .http} file) fails the test before any request,
 * naming the file and line. The README's "Request tables" section describes both formats. Needs
 * {@code junit-jupiter-params} on the test class path, as every {@code @ParameterizedTest} does.
 *
 * @since 0.2
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(RequestTableArguments.class)
public @interface ApiGatewayRequests {

    /**
     * The request tables, read in order: class-path resources (such as {@code requests/pets.yaml} under
     * {@code src/test/resources}), or else paths relative to the working directory, as
     * {@link ApiGatewayTest#openApi()} resolves its file. The extension chooses the format: {@code .yaml},
     * {@code .yml} or {@code .json} for a YAML table, {@code .http} or {@code .rest} for requests only.
     *
     * @return one or more file names
     * @since 0.2
     */
    String[] value();
}
