package io.apigwsim.internal.integration.custom;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.definition.ApiDefinitionException;
import io.apigwsim.definition.ContentHandling;
import io.apigwsim.definition.IntegrationResponseDefinition;
import io.apigwsim.definition.LambdaCustomIntegration;
import io.apigwsim.definition.MockIntegration;
import io.apigwsim.definition.PassthroughBehavior;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.internal.content.BinaryMediaTypes;
import io.apigwsim.internal.content.MediaType;
import io.apigwsim.internal.content.RemappedHeaders;
import io.apigwsim.internal.json.Json;
import io.apigwsim.internal.vtl.VtlEngine;
import io.apigwsim.internal.vtl.VtlInput;
import io.apigwsim.internal.vtl.VtlRenderException;
import io.apigwsim.internal.vtl.VtlResult;
import io.apigwsim.internal.vtl.VtlTemplate;
import io.apigwsim.internal.vtl.VtlTemplateException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Lambda custom integration or a mock integration compiled once per gateway: its templates parsed, its selection
 * patterns and parameter expressions checked. Maps one request into the function's payload and the function's
 * result or error back into the method response (docs/behavior.md#rest-lambda-custom-integrations,
 * #integration-response-selection); for a mock, the rendered statusCode into the method response
 * (docs/behavior.md#mock-integrations).
 */
public final class CustomIntegrationMapping {

    // Mapping one of these integration request headers fails every call with 500
    // (docs/behavior.md#request-parameter-mapping).
    private static final Set<String> FORBIDDEN_HEADERS = Set.of(
            "content-length", "transfer-encoding", "authorization", "connection", "expect", "proxy-authenticate", "te");

    private static final byte[] EMPTY_OBJECT = {'{', '}'};

    // Lambda's Invoke API answers JSON, and a mock's endpoint response is taken to be the same: the type content
    // handling matches against the binary media types [INFERRED] (docs/behavior.md#content-handling).
    private static final String ENDPOINT_CONTENT_TYPE = "application/json";

    private final String routeKey;
    private final Map<String, VtlTemplate> requestTemplates;
    private final PassthroughBehavior passthroughBehavior;
    private final Map<String, ParameterExpression> requestParameters;
    private final List<CompiledResponse> responses;
    private final Set<Integer> methodResponses;
    private final boolean lambda;
    private final ContentHandling contentHandling;
    private final BinaryMediaTypes binaryMediaTypes;

    private CustomIntegrationMapping(
            String routeKey,
            Map<String, VtlTemplate> requestTemplates,
            PassthroughBehavior passthroughBehavior,
            Map<String, ParameterExpression> requestParameters,
            List<CompiledResponse> responses,
            Set<Integer> methodResponses,
            boolean lambda,
            ContentHandling contentHandling,
            BinaryMediaTypes binaryMediaTypes) {
        this.lambda = lambda;
        this.contentHandling = contentHandling;
        this.binaryMediaTypes = binaryMediaTypes;
        this.routeKey = routeKey;
        this.requestTemplates = requestTemplates;
        this.passthroughBehavior = passthroughBehavior;
        this.requestParameters = requestParameters;
        this.responses = responses;
        this.methodResponses = methodResponses;
    }

    /**
     * Compile the integration of a route.
     *
     * @param binaryMediaTypes the API's binary media types, which decide what content handling converts
     * @param where where the route was declared, with its route key, for messages
     * @throws ApiDefinitionException naming the route, the template, its line and column, or the pattern
     */
    public static CustomIntegrationMapping compile(
            LambdaCustomIntegration integration,
            BinaryMediaTypes binaryMediaTypes,
            VtlEngine engine,
            String routeKey,
            String where) {
        return compile(
                integration.requestTemplates(),
                integration.passthroughBehavior(),
                integration.contentHandling(),
                binaryMediaTypes,
                integration.requestParameters(),
                integration.integrationResponses(),
                integration.methodResponses(),
                true,
                engine,
                routeKey,
                where);
    }

    /**
     * Compile the mock integration of a route.
     *
     * @param binaryMediaTypes the API's binary media types, which decide what content handling converts
     * @param where where the route was declared, with its route key, for messages
     * @throws ApiDefinitionException naming the route, the template, its line and column, or the pattern
     */
    public static CustomIntegrationMapping compile(
            MockIntegration integration,
            BinaryMediaTypes binaryMediaTypes,
            VtlEngine engine,
            String routeKey,
            String where) {
        return compile(
                integration.requestTemplates(),
                integration.passthroughBehavior(),
                integration.contentHandling(),
                binaryMediaTypes,
                Map.of(),
                integration.integrationResponses(),
                integration.methodResponses(),
                false,
                engine,
                routeKey,
                where);
    }

    private static CustomIntegrationMapping compile(
            Map<String, String> requestTemplateSources,
            PassthroughBehavior passthroughBehavior,
            ContentHandling contentHandling,
            BinaryMediaTypes binaryMediaTypes,
            Map<String, String> requestParameterSources,
            List<IntegrationResponseDefinition> integrationResponses,
            Set<Integer> methodResponses,
            boolean lambda,
            VtlEngine engine,
            String routeKey,
            String where) {
        Map<String, VtlTemplate> requestTemplates = new LinkedHashMap<>();
        requestTemplateSources.forEach((contentType, source) -> requestTemplates.put(
                MediaType.essence(contentType),
                compileTemplate(engine, "request template " + contentType + " of " + where, source)));
        Map<String, ParameterExpression> requestParameters = new LinkedHashMap<>();
        requestParameterSources.forEach((parameter, expression) -> {
            try {
                requestParameters.put(parameter, ParameterExpression.parse(expression, false));
            } catch (IllegalArgumentException e) {
                throw new ApiDefinitionException(
                        where + ": request parameter " + parameter + " maps " + e.getMessage());
            }
        });
        List<CompiledResponse> responses = new ArrayList<>();
        for (IntegrationResponseDefinition response : integrationResponses) {
            Pattern pattern = null;
            if (!response.isDefault()) {
                try {
                    pattern = Pattern.compile(response.selectionPattern().orElseThrow());
                } catch (PatternSyntaxException e) {
                    throw new ApiDefinitionException(
                            where + ": integration response " + response.statusCode()
                                    + " has selection pattern \""
                                    + response.selectionPattern().orElseThrow()
                                    + "\", which is not a Java regular expression: " + e.getDescription()
                                    + " near index "
                                    + e.getIndex(),
                            e);
                }
            }
            Map<String, VtlTemplate> templates = new LinkedHashMap<>();
            for (Map.Entry<String, String> template :
                    response.responseTemplates().entrySet()) {
                templates.put(
                        MediaType.essence(template.getKey()),
                        compileTemplate(
                                engine,
                                "response template " + template.getKey() + " of integration response "
                                        + response.statusCode() + " of " + where,
                                template.getValue()));
            }
            Map<String, ParameterExpression> parameters = new LinkedHashMap<>();
            response.responseParameters().forEach((parameter, expression) -> {
                try {
                    parameters.put(
                            parameter.substring("method.response.header.".length()),
                            ParameterExpression.parse(expression, true));
                } catch (IllegalArgumentException e) {
                    throw new ApiDefinitionException(where + ": integration response " + response.statusCode()
                            + " maps " + parameter + " from " + e.getMessage());
                }
            });
            responses.add(new CompiledResponse(
                    response.statusCode(), pattern, templates, parameters, response.contentHandling()));
        }
        return new CustomIntegrationMapping(
                routeKey,
                requestTemplates,
                passthroughBehavior,
                requestParameters,
                responses,
                methodResponses,
                lambda,
                contentHandling,
                binaryMediaTypes);
    }

    // An empty template is kept as null: it exists, so it is selected, and it passes the body through
    // unmodified (docs/behavior.md#request-template-selection, #response-template-selection).
    private static VtlTemplate compileTemplate(VtlEngine engine, String name, String source) {
        if (source.isEmpty()) {
            return null;
        }
        try {
            return engine.compile(name, source);
        } catch (VtlTemplateException e) {
            throw new ApiDefinitionException(e.getMessage(), e);
        }
    }

    /** The request side: parameter mapping, template selection or passthrough, rendering. */
    public CustomRequestResult mapRequest(TemplateRequest request) {
        boolean asynchronous = false;
        for (Map.Entry<String, ParameterExpression> parameter : requestParameters.entrySet()) {
            String name = parameter.getKey();
            if (name.startsWith("integration.request.header.")) {
                String header = name.substring("integration.request.header.".length());
                if (FORBIDDEN_HEADERS.contains(header.toLowerCase(Locale.ROOT))) {
                    return new CustomRequestResult.ConfigurationError("Execution failed due to configuration error:"
                            + " the integration request maps the header " + header + ", which API Gateway may not"
                            + " send to Lambda");
                }
                if (header.equalsIgnoreCase("X-Amz-Invocation-Type")) {
                    asynchronous =
                            parameter.getValue().evaluate(request).orElse("").equals("Event");
                }
            }
        }
        // A request without Content-Type is treated as application/json (docs/behavior.md#request-template-selection).
        String contentType =
                request.contentType() == null ? "application/json" : MediaType.essence(request.contentType());
        VtlTemplate template = requestTemplates.get(contentType);
        boolean selected = requestTemplates.containsKey(contentType);
        if (!selected) {
            boolean pass = switch (passthroughBehavior) {
                case WHEN_NO_MATCH -> true;
                case WHEN_NO_TEMPLATES -> requestTemplates.isEmpty();
                case NEVER -> false;
            };
            if (!pass) {
                return new CustomRequestResult.UnsupportedMediaType("No request template for Content-Type "
                        + contentType + " and passthrough behavior " + passthroughBehavior
                        + "; templates: " + requestTemplates.keySet());
            }
        }
        // Content handling converts the body before the template sees it (docs/behavior.md#content-handling).
        ContentConversion.Converted body;
        try {
            body = ContentConversion.request(
                    request.body(),
                    request.rawBody(),
                    binaryMediaTypes.matchesContentType(contentType),
                    contentHandling);
        } catch (IllegalArgumentException notBase64) {
            return new CustomRequestResult.ConfigurationError("Execution failed due to configuration error: Unable to"
                    + " transform request: contentHandling CONVERT_TO_BINARY, but " + notBase64.getMessage());
        }
        if (template == null) {
            // A GET without a body passes through as the empty object (docs/behavior.md#passthrough-behaviors).
            return payload(
                    body.bytes().length == 0 ? ContentConversion.Converted.text("{}", EMPTY_OBJECT) : body,
                    false,
                    asynchronous,
                    Map.of(),
                    Map.of(),
                    selected
                            ? "Request body passed through (empty request template for " + contentType + ")"
                            : "Request body passed through (no template for " + contentType + ", passthrough behavior "
                                    + passthroughBehavior + ")");
        }
        if (body.binary()) {
            // The wording of API Gateway's execution log (docs/behavior.md#content-handling).
            return new CustomRequestResult.ConfigurationError("Execution failed due to configuration error: Unable to"
                    + " transform request (the " + contentType + " body is binary: " + binaryDescription()
                    + "; a template reads a binary body only as base64, with contentHandling CONVERT_TO_TEXT)");
        }
        VtlResult rendered;
        try {
            rendered = template.render(input(request, body.text(), request.context()));
        } catch (VtlRenderException e) {
            return new CustomRequestResult.ConfigurationError(
                    "Execution failed due to configuration error: Unable to transform request: " + e.getMessage());
        }
        String invocationType = rendered.requestHeaderOverrides().get("X-Amz-Invocation-Type");
        if (invocationType != null) {
            asynchronous = invocationType.equals("Event");
        }
        return payload(
                ContentConversion.Converted.text(rendered.output(), null),
                true,
                asynchronous,
                rendered.requestOverride(),
                rendered.responseOverride(),
                "Request template " + contentType + " rendered");
    }

    private String binaryDescription() {
        return "its type matches the binary media types " + binaryMediaTypes + " and contentHandling is "
                + contentHandling;
    }

    private CustomRequestResult payload(
            ContentConversion.Converted converted,
            boolean rendered,
            boolean asynchronous,
            Map<String, Object> requestOverride,
            Map<String, Object> responseOverride,
            String description) {
        byte[] payload = converted.bytes();
        // Lambda's Invoke API accepts only JSON (docs/behavior.md#invalid-json-payloads); a mock reads its statusCode
        // from whatever the template rendered (docs/behavior.md#mock-integrations).
        if (lambda && !Json.isOneValue(payload)) {
            String text = converted.binary() ? "[Binary Data]" : converted.text();
            return new CustomRequestResult.InvalidPayload("Could not parse request body into json: the payload is not"
                    + " one JSON value: " + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
        }
        return new CustomRequestResult.Invoke(
                payload, converted.binary(), rendered, asynchronous, requestOverride, responseOverride, description);
    }

    /**
     * The response side: select the integration response by the Lambda error's errorMessage, check its
     * method response, map its parameters, render its template, apply the overrides.
     *
     * @param result the function's result or Lambda's error object; {@code ""} after an asynchronous call
     * @param errorMessage the errorMessage of a function error, or {@code null} when the function succeeded
     * @param requestOverride what the request template set in $context.requestOverride
     * @param responseOverride what the request template set in $context.responseOverride
     */
    public CustomResponse mapResponse(
            TemplateRequest request,
            String result,
            String errorMessage,
            Map<String, Object> requestOverride,
            Map<String, Object> responseOverride) {
        // The selection value is errorMessage for a function error and "" otherwise: ".*" matches both,
        // ".+" only an error; patterns are tried in ascending status order, whole-string
        // (docs/behavior.md#integration-response-selection, #uncertain-custom-integrations).
        String selection = errorMessage == null ? "" : errorMessage;
        CompiledResponse selected = null;
        for (CompiledResponse response : responses) {
            if (response.pattern() != null
                    && response.pattern().matcher(selection).matches()) {
                selected = response;
                break;
            }
        }
        if (selected == null) {
            selected = defaultResponse();
        }
        if (selected == null) {
            return new CustomResponse.ConfigurationError("Execution failed due to configuration error: No match for"
                    + " output mapping and no default output mapping configured. Endpoint Response Status Code: 200");
        }
        Map<String, List<String>> invokeHeaders = new LinkedHashMap<>();
        invokeHeaders.put("Content-Type", List.of("application/json"));
        invokeHeaders.put("X-Amz-Executed-Version", List.of("$LATEST"));
        if (errorMessage != null) {
            invokeHeaders.put("X-Amz-Function-Error", List.of("Unhandled"));
        }
        return respond(request, selected, result, invokeHeaders, requestOverride, responseOverride, "");
    }

    /**
     * The response side of a mock integration: select the integration response by the statusCode the request
     * template rendered, then map it as for a Lambda custom integration, from an empty endpoint response.
     *
     * @param sent what {@link #mapRequest} decided
     */
    public CustomResponse mapMockResponse(TemplateRequest request, CustomRequestResult.Invoke sent) {
        CompiledResponse selected;
        String selection;
        if (sent.rendered()) {
            OptionalInt statusCode = MockStatusCode.read(new String(sent.payload(), StandardCharsets.UTF_8));
            if (statusCode.isEmpty()) {
                // API Gateway's test-invoke wording (docs/behavior.md#mock-integrations).
                return new CustomResponse.ConfigurationError("Execution failed due to configuration error: statusCode"
                        + " should be an integer which defined in request template");
            }
            selected = selectByStatus(statusCode.getAsInt());
            selection = "Endpoint response status code " + statusCode.getAsInt();
        } else {
            // Without a request template the mock answers with its default integration response
            // [UNCERTAIN] (docs/behavior.md#mock-integrations, #uncertain-mock-integrations).
            selected = defaultResponse();
            selection = "No request template, so no status code";
        }
        if (selected == null) {
            return new CustomResponse.ConfigurationError("Execution failed due to configuration error: No match for"
                    + " output mapping and no default output mapping configured. " + selection);
        }
        // A mock's endpoint response has no headers and an empty body (docs/behavior.md#mock-integrations).
        return respond(
                request, selected, "", Map.of(), sent.requestOverride(), sent.responseOverride(), selection + ": ");
    }

    // The patterns matched against the whole status code, in ascending status order; among several matching ones the
    // integration response of that very status wins (docs/behavior.md#mock-integrations); else the default.
    private CompiledResponse selectByStatus(int statusCode) {
        String selection = Integer.toString(statusCode);
        CompiledResponse selected = null;
        for (CompiledResponse response : responses) {
            if (response.pattern() != null
                    && response.pattern().matcher(selection).matches()) {
                if (selected == null || response.statusCode() == statusCode) {
                    selected = response;
                }
            }
        }
        return selected != null ? selected : defaultResponse();
    }

    private CompiledResponse defaultResponse() {
        return responses.stream()
                .filter(response -> response.pattern() == null)
                .findFirst()
                .orElse(null);
    }

    // Check the selected response's method response, map its parameters, render its template, apply the overrides.
    private CustomResponse respond(
            TemplateRequest request,
            CompiledResponse selected,
            String result,
            Map<String, List<String>> endpointHeaders,
            Map<String, Object> requestOverride,
            Map<String, Object> responseOverride,
            String selection) {
        Map<String, Object> context = new LinkedHashMap<>(request.context());
        // The request template's overrides stay readable in the response template (docs/behavior.md#vtl-overrides).
        if (!requestOverride.isEmpty()) {
            context.put("requestOverride", requestOverride);
        }
        context.put("responseOverride", responseOverride.isEmpty() ? Map.of("header", Map.of()) : responseOverride);
        List<Header> headers = new ArrayList<>();
        for (Map.Entry<String, ParameterExpression> parameter :
                selected.parameters().entrySet()) {
            Optional<String> value = parameter.getValue().evaluate(request, result, endpointHeaders);
            value.ifPresent(text -> headers.add(header(parameter.getKey(), text)));
        }
        byte[] body;
        String description = selection + "Method response " + selected.statusCode()
                + (selected.pattern() == null
                        ? " (default integration response)"
                        : " (selection pattern /" + selected.pattern().pattern() + "/)");
        VtlTemplate template = responseTemplate(selected, request.accept());
        OptionalInt statusOverride = OptionalInt.empty();
        Map<String, String> headerOverrides = Map.of();
        // Content handling converts the endpoint's response before the template sees it
        // (docs/behavior.md#content-handling).
        ContentConversion.Converted converted;
        try {
            converted = ContentConversion.response(
                    result,
                    binaryMediaTypes.matchesContentType(ENDPOINT_CONTENT_TYPE),
                    binaryMediaTypes.matchesAccept(request.accept()),
                    selected.contentHandling());
        } catch (IllegalArgumentException notBase64) {
            return new CustomResponse.ConfigurationError("Execution failed due to configuration error: Unable to"
                    + " transform response: the endpoint response is to be base64-decoded (contentHandling "
                    + selected.contentHandling() + ", Accept " + request.accept() + "), but " + notBase64.getMessage());
        }
        if (template == null) {
            body = converted.bytes();
        } else if (converted.binary()) {
            // The wording of API Gateway's execution log (docs/behavior.md#content-handling).
            return new CustomResponse.ConfigurationError("Execution failed due to configuration error: Unable to"
                    + " transform response (the endpoint response is binary for this client: binary media types "
                    + binaryMediaTypes + ", Accept " + request.accept() + ", contentHandling "
                    + selected.contentHandling() + "; a template reads a binary response only as base64, with"
                    + " contentHandling CONVERT_TO_TEXT)");
        } else {
            VtlResult rendered;
            try {
                rendered = template.render(input(request, converted.text(), context));
            } catch (VtlRenderException e) {
                return new CustomResponse.ConfigurationError(
                        "Execution failed due to configuration error: Unable to transform response: " + e.getMessage());
            }
            body = rendered.output().getBytes(StandardCharsets.UTF_8);
            statusOverride = rendered.statusOverride();
            headerOverrides = rendered.responseHeaderOverrides();
        }
        if (statusOverride.isEmpty()) {
            statusOverride = statusOf(responseOverride.get("status"));
        }
        if (headerOverrides.isEmpty() && responseOverride.get("header") instanceof Map<?, ?> requestSet) {
            Map<String, String> fromRequest = new LinkedHashMap<>();
            requestSet.forEach((name, value) -> fromRequest.put(String.valueOf(name), String.valueOf(value)));
            headerOverrides = fromRequest;
        }
        int status = selected.statusCode();
        if (statusOverride.isPresent()) {
            // An override needs no method response (docs/behavior.md#vtl-overrides).
            status = statusOverride.getAsInt();
            description += ", status overridden to " + status;
        } else if (!methodResponses.contains(status)) {
            return new CustomResponse.ConfigurationError("Execution failed due to configuration error: Output"
                    + " mapping refers to an invalid method response: " + status + " (method responses: "
                    + methodResponses + ")");
        }
        for (Map.Entry<String, String> override : headerOverrides.entrySet()) {
            String name = override.getKey();
            if (name.isEmpty()) {
                // A header needs a name: the override is ignored, as an invalid status override is [UNCERTAIN]
                // (docs/behavior.md#response-header-names, #uncertain-robustness).
                description += ", header override with an empty name ignored";
                continue;
            }
            headers.removeIf(header -> header.name().equalsIgnoreCase(name));
            headers.add(header(name, override.getValue()));
        }
        return new CustomResponse.Mapped(status, headers, body, template == null && converted.binary(), description);
    }

    /**
     * The value selection patterns match for a Lambda error: its errorMessage, or "" when it has none
     * (docs/behavior.md#integration-response-selection).
     */
    public static String errorMessage(String lambdaError) {
        JsonNode message =
                Json.tryRead(lambdaError).map(node -> node.path("errorMessage")).orElse(null);
        return message != null && message.isTextual() ? message.textValue() : "";
    }

    private static Header header(String name, String value) {
        return new Header(RemappedHeaders.MAPPED_RESPONSE.clientName(name), value);
    }

    private static OptionalInt statusOf(Object value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int status = Integer.parseInt(String.valueOf(value).trim());
            return status >= 100 && status <= 599 ? OptionalInt.of(status) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    // By the request's first Accept type (application/json without one), else the first template
    // (docs/behavior.md#response-template-selection); null, passing the body through, when there is none or the
    // selected one is empty.
    private static VtlTemplate responseTemplate(CompiledResponse response, String accept) {
        if (response.templates().isEmpty()) {
            return null;
        }
        String wanted = accept == null ? "application/json" : MediaType.essence(accept.split(",")[0]);
        return response.templates().containsKey(wanted)
                ? response.templates().get(wanted)
                : response.templates().values().iterator().next();
    }

    private static VtlInput input(TemplateRequest request, String body, Map<String, Object> context) {
        // The template request is built for this request alone and never changed: no copy is needed.
        return VtlInput.ofUnshared(
                body, request.path(), request.querystring(), request.headers(), context, request.stageVariables());
    }

    @Override
    public String toString() {
        return "custom integration of " + routeKey;
    }

    private record CompiledResponse(
            int statusCode,
            Pattern pattern,
            Map<String, VtlTemplate> templates,
            Map<String, ParameterExpression> parameters,
            ContentHandling contentHandling) {}
}
