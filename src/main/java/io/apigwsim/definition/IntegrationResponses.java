package io.apigwsim.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The integration responses and method responses of an integration that maps its responses (a Lambda custom or a
 * mock integration), as their builders collect them: the declared responses, and the default response's status,
 * templates and parameters set on the integration's builder.
 */
final class IntegrationResponses {

    private final List<IntegrationResponseDefinition> declared = new ArrayList<>();
    private final Set<Integer> methodResponses = new LinkedHashSet<>();
    private final Map<String, String> defaultTemplates = new LinkedHashMap<>();
    private final Map<String, String> defaultParameters = new LinkedHashMap<>();
    private ContentHandling defaultContentHandling = ContentHandling.PASSTHROUGH;
    private int defaultStatus = 200;
    private boolean withoutDefault;

    void add(IntegrationResponseDefinition response) {
        declared.add(response);
    }

    void defaultStatus(int status) {
        IntegrationResponseDefinition.status(status);
        this.defaultStatus = status;
    }

    void defaultTemplate(String contentType, String template) {
        defaultTemplates.put(contentType, template);
    }

    void defaultParameter(String methodResponseParameter, String expression) {
        IntegrationResponseDefinition.status(200).responseParameter(methodResponseParameter, expression);
        defaultParameters.put(methodResponseParameter, expression);
    }

    void defaultContentHandling(ContentHandling contentHandling) {
        this.defaultContentHandling = contentHandling;
    }

    void withoutDefault() {
        this.withoutDefault = true;
    }

    void methodResponses(int... statuses) {
        for (int status : statuses) {
            methodResponses.add(status);
        }
    }

    /**
     * The integration responses with exactly one default, in the order API Gateway tries them.
     *
     * @param integration the integration's kind for the message, such as "A Lambda custom integration"
     */
    List<IntegrationResponseDefinition> build(String integration) {
        List<IntegrationResponseDefinition> responses = new ArrayList<>(declared);
        long defaults = responses.stream()
                .filter(IntegrationResponseDefinition::isDefault)
                .count();
        boolean defaultSettings = !defaultTemplates.isEmpty()
                || !defaultParameters.isEmpty()
                || defaultContentHandling != ContentHandling.PASSTHROUGH;
        if (defaults > 1 || (defaults == 1 && defaultSettings)) {
            throw new ApiDefinitionException(integration + " has one default integration response (the one"
                    + " without a selection pattern), but this one declares "
                    + (defaults > 1
                            ? defaults
                            : "a second through responseTemplate, responseParameter or responseContentHandling")
                    + "; give the others a selectionPattern");
        }
        if (withoutDefault && (defaults > 0 || defaultSettings)) {
            throw new ApiDefinitionException(
                    integration + " is declared without a default integration response, but"
                            + " declares one (without a selection pattern, or through responseTemplate, responseParameter or responseContentHandling)");
        }
        if (defaultSettings || (defaults == 0 && !withoutDefault)) {
            IntegrationResponseDefinition.Builder implied = IntegrationResponseDefinition.status(defaultStatus);
            defaultTemplates.forEach(implied::responseTemplate);
            defaultParameters.forEach(implied::responseParameter);
            implied.contentHandling(defaultContentHandling);
            responses.add(implied.build());
        }
        // API Gateway tries integration responses in ascending status order
        // (docs/behavior.md#integration-response-selection).
        responses.sort(Comparator.comparingInt(IntegrationResponseDefinition::statusCode));
        return List.copyOf(responses);
    }

    /** The declared method responses, or the integration responses' statuses when none were declared. */
    Set<Integer> methodResponses(List<IntegrationResponseDefinition> responses) {
        Set<Integer> declaredStatuses = new LinkedHashSet<>(methodResponses);
        if (declaredStatuses.isEmpty()) {
            responses.forEach(response -> declaredStatuses.add(response.statusCode()));
        }
        return Collections.unmodifiableSet(declaredStatuses);
    }
}
