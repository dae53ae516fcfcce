package io.apigwsim.internal.gatewayresponse;

import io.apigwsim.definition.GatewayResponse;
import io.apigwsim.definition.GatewayResponseType;
import io.apigwsim.http.Headers;
import io.apigwsim.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REST API's gateway responses: AWS's defaults, with the API's customizations of single types and of
 * {@code DEFAULT_4XX} and {@code DEFAULT_5XX} (docs/behavior.md#rest-gateway-errors, #gateway-responses,
 * #gateway-response-customization).
 */
final class RestGatewayResponses implements GatewayResponses {

    static final RestGatewayResponses DEFAULTS = new RestGatewayResponses(Map.of());

    // Gateway response templates are not VTL: only $context and $stageVariables references are substituted.
    private static final Pattern VARIABLE = Pattern.compile("\\$(context|stageVariables)((?:\\.[A-Za-z0-9_:-]+)+)");
    private static final Pattern PARAMETER = Pattern.compile("method\\.request\\.(header|path|querystring)\\.(.+)");

    private final Map<GatewayResponseType, GatewayResponse> customizations;

    RestGatewayResponses(Map<GatewayResponseType, GatewayResponse> customizations) {
        this.customizations = customizations.isEmpty() ? Map.of() : new EnumMap<>(customizations);
    }

    @Override
    public HttpResponse render(Problem problem, RequestValues request) {
        GatewayError error = problem.error();
        if (error == GatewayError.BODY_TOO_LARGE) {
            return bodyTooLarge(request.httpDate());
        }
        if (error.type() == null) {
            throw new IllegalArgumentException("A REST API has no gateway response for " + error);
        }
        GatewayResponse custom = customization(error);
        int status = custom == null ? error.status() : custom.statusCode().orElse(error.status());
        String contentType = "application/json";
        String body;
        Optional<Map.Entry<String, String>> template = custom == null ? Optional.empty() : template(custom, request);
        if (template.isPresent()) {
            contentType = template.get().getKey();
            body = render(template.get().getValue(), problem, request);
        } else {
            body = error.defaultBody(problem.message());
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Headers.Builder headers = Headers.builder()
                .add("Date", request.httpDate())
                .add("Content-Type", contentType)
                .add("Content-Length", Integer.toString(bytes.length))
                .add("Connection", "keep-alive")
                .add("x-amzn-RequestId", request.requestId())
                .add("x-amzn-ErrorType", error.errorType())
                .add("x-amz-apigw-id", request.extendedRequestId());
        if (custom != null) {
            // A header whose source has no value is left out (docs/behavior.md#uncertain-gateway-responses).
            custom.headers().forEach((name, source) -> value(source, request).ifPresent(v -> headers.add(name, v)));
        }
        return new HttpResponse(status, headers.build(), bytes);
    }

    // A type customized itself wins; otherwise DEFAULT_4XX or DEFAULT_5XX by the answer's status class.
    private GatewayResponse customization(GatewayError error) {
        GatewayResponse own = customizations.get(error.type());
        if (own != null) {
            return own;
        }
        return customizations.get(
                error.status() >= 500 ? GatewayResponseType.DEFAULT_5XX : GatewayResponseType.DEFAULT_4XX);
    }

    // The template for the first media type the client accepts, else application/json, else the first declared.
    private static Optional<Map.Entry<String, String>> template(GatewayResponse custom, RequestValues request) {
        if (custom.templates().isEmpty()) {
            return Optional.empty();
        }
        Optional<String> accepted = request.parameter("header", "Accept")
                .map(accept -> accept.split(",")[0].split(";")[0].trim())
                .filter(custom.templates()::containsKey);
        String contentType = accepted.orElseGet(() -> custom.templates().containsKey("application/json")
                ? "application/json"
                : custom.templates().keySet().iterator().next());
        return Optional.of(Map.entry(contentType, custom.templates().get(contentType)));
    }

    private static String render(String template, Problem problem, RequestValues request) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        while (matcher.find()) {
            String name = matcher.group(2).substring(1);
            String value = matcher.group(1).equals("stageVariables")
                    ? request.stageVariable(name).orElse("")
                    : contextValue(name, problem, request);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String contextValue(String name, Problem problem, RequestValues request) {
        return switch (name) {
            case "error.message" -> problem.message() == null ? "" : problem.message();
            case "error.messageString" -> JsonString.quote(problem.message());
            case "error.responseType" -> problem.error().type().name();
            case "error.validationErrorString" ->
                problem.validationErrorString() == null ? "" : problem.validationErrorString();
            default -> request.context(name).orElse("");
        };
    }

    private static Optional<String> value(String source, RequestValues request) {
        if (source.startsWith("'")) {
            return Optional.of(source.substring(1, source.length() - 1));
        }
        if (source.startsWith("stageVariables.")) {
            return request.stageVariable(source.substring("stageVariables.".length()));
        }
        if (source.startsWith("context.")) {
            return request.context(source.substring("context.".length()));
        }
        Matcher parameter = PARAMETER.matcher(source);
        if (parameter.matches()) {
            return request.parameter(parameter.group(1), parameter.group(2));
        }
        throw new IllegalArgumentException("not a gateway response value source: " + source);
    }

    // A plain-text 413 that cannot be customized and carries no x-amzn-RequestId (docs/behavior.md#limits).
    private static HttpResponse bodyTooLarge(String httpDate) {
        byte[] body = ("HTTP content length exceeded " + MAX_REQUEST_PAYLOAD_BYTES + " bytes.")
                .getBytes(StandardCharsets.UTF_8);
        Headers headers = Headers.builder()
                .add("Date", httpDate)
                .add("Content-Type", "text; charset=utf-8")
                .add("Content-Length", Integer.toString(body.length))
                .add("Connection", "keep-alive")
                .build();
        return new HttpResponse(413, headers, body);
    }
}
