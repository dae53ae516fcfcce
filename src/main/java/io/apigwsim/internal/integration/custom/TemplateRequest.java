package io.apigwsim.internal.integration.custom;

import java.util.List;
import java.util.Map;

/**
 * The method request as a custom integration's templates and parameter mappings see it.
 *
 * @param body the body text, {@code ""} for none
 * @param contentType the request's Content-Type, or {@code null}
 * @param accept the request's Accept, or {@code null}
 * @param path path parameters
 * @param querystring decoded query parameters, every value in order
 * @param headers the headers templates can see, every value in order
 * @param context the {@code $context} tree
 * @param stageVariables the stage variables
 */
public record TemplateRequest(
        String body,
        String contentType,
        String accept,
        Map<String, String> path,
        Map<String, List<String>> querystring,
        Map<String, List<String>> headers,
        Map<String, Object> context,
        Map<String, String> stageVariables) {}
