package io.apigwsim.assertions;

import io.apigwsim.Exchange;
import io.apigwsim.LambdaPayload;
import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** An exchange with fixed parts, standing in for one the gateway would produce. */
final class TestExchange implements Exchange {

    private final HttpRequest request;
    private final HttpResponse response;
    private final LambdaPayload event;
    private final LambdaPayload result;
    private final String functionError;
    private final String routeKey;
    private final List<String> log;

    private TestExchange(Builder builder) {
        this.request = builder.request;
        this.response = builder.response;
        this.event = builder.event;
        this.result = builder.result;
        this.functionError = builder.functionError;
        this.routeKey = builder.routeKey;
        this.log = List.copyOf(builder.log);
    }

    static Builder builder() {
        return new Builder();
    }

    /** GET /pets/42 served by GET /pets/{id}, whose function returned 200 {"id":42}. */
    static TestExchange getPet() {
        return builder()
                .request(new HttpRequest(
                        "GET",
                        "/pets/42",
                        Headers.builder().add("Accept", "application/json").build(),
                        new byte[0]))
                .event(Events.GET_PET)
                .result(
                        "{\"statusCode\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\"{\\\"id\\\":42}\"}")
                .routeKey("GET /pets/{id}")
                .response(response(200, "{\"id\":42}", "Content-Type", "application/json"))
                .log("Received request GET /pets/42", "Matched route GET /pets/{id}", "Lambda returned status 200")
                .build();
    }

    /** GET /pet/42, which matches no route; API Gateway answered it. */
    static TestExchange routingMiss() {
        return builder()
                .request(new HttpRequest("GET", "/pet/42", Headers.empty(), new byte[0]))
                .response(response(
                        403,
                        "{\"message\":\"Missing Authentication Token\"}",
                        "Content-Type",
                        "application/json",
                        "x-amzn-ErrorType",
                        "MissingAuthenticationTokenException"))
                .log(
                        "Received request GET /pet/42",
                        "No route matches GET /pet/42. Closest route:\n"
                                + "  GET /pets/{id}    path segment 1 is \"pet\", route expects \"pets\"")
                .build();
    }

    static HttpResponse response(int status, String body, String... headerNamesAndValues) {
        Headers.Builder headers = Headers.builder();
        for (int i = 0; i < headerNamesAndValues.length; i += 2) {
            headers.add(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
        }
        return new HttpResponse(status, headers.build(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public HttpRequest request() {
        return request;
    }

    @Override
    public HttpResponse response() {
        return response;
    }

    @Override
    public boolean invoked() {
        return event != null;
    }

    @Override
    public LambdaPayload lambdaEvent() {
        if (event == null) {
            throw new IllegalStateException("the function was not invoked");
        }
        return event;
    }

    @Override
    public LambdaPayload lambdaResult() {
        if (result == null) {
            throw new IllegalStateException("the function did not return a result");
        }
        return result;
    }

    @Override
    public Optional<String> functionError() {
        return Optional.ofNullable(functionError);
    }

    @Override
    public Optional<io.apigwsim.AuthorizerCall> authorizer() {
        return Optional.empty();
    }

    @Override
    public Optional<String> routeKey() {
        return Optional.ofNullable(routeKey);
    }

    @Override
    public String requestId() {
        return "c6af9ac6-7b61-11e6-9a41-93e8deadbeef";
    }

    @Override
    public List<String> executionLog() {
        return log;
    }

    static final class Builder {

        private HttpRequest request = new HttpRequest("GET", "/", Headers.empty(), new byte[0]);
        private HttpResponse response = new HttpResponse(200, Headers.empty(), new byte[0]);
        private LambdaPayload event;
        private LambdaPayload result;
        private String functionError;
        private String routeKey;
        private List<String> log = List.of();

        Builder request(HttpRequest request) {
            this.request = request;
            return this;
        }

        Builder response(HttpResponse response) {
            this.response = response;
            return this;
        }

        Builder event(String json) {
            this.event = new TestPayload(json);
            return this;
        }

        Builder result(String json) {
            this.result = new TestPayload(json);
            return this;
        }

        Builder functionError(String functionError) {
            this.functionError = functionError;
            return this;
        }

        Builder routeKey(String routeKey) {
            this.routeKey = routeKey;
            return this;
        }

        Builder log(String... lines) {
            this.log = List.of(lines);
            return this;
        }

        TestExchange build() {
            return new TestExchange(this);
        }
    }
}
