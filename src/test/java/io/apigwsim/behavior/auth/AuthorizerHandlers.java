package io.apigwsim.behavior.auth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Authorizer functions for the access-control tests, and the policies they return. */
final class AuthorizerHandlers {

    private AuthorizerHandlers() {}

    /** An authorizer that answers with what a function of its event returns, and counts its calls. */
    static final class ScriptedAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        private final Function<Map<String, Object>, Map<String, Object>> answer;
        private final AtomicInteger calls = new AtomicInteger();

        ScriptedAuthorizer(Function<Map<String, Object>, Map<String, Object>> answer) {
            this.answer = answer;
        }

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            calls.incrementAndGet();
            return answer.apply(event);
        }

        int calls() {
            return calls.get();
        }
    }

    /** An authorizer that fails with the given message, as {@code throw new RuntimeException("Unauthorized")}. */
    static final class FailingAuthorizer implements RequestHandler<Map<String, Object>, Map<String, Object>> {

        private final String message;
        private final AtomicInteger calls = new AtomicInteger();

        FailingAuthorizer(String message) {
            this.message = message;
        }

        @Override
        public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
            calls.incrementAndGet();
            throw new RuntimeException(message);
        }

        int calls() {
            return calls.get();
        }
    }

    /** The output of an authorizer whose single statement has this effect on this resource. */
    static Map<String, Object> policy(String principalId, String effect, Object resource) {
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("Action", "execute-api:Invoke");
        statement.put("Effect", effect);
        statement.put("Resource", resource);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("Version", "2012-10-17");
        document.put("Statement", List.of(statement));
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("principalId", principalId);
        output.put("policyDocument", document);
        return output;
    }

    /** The output with a context map added. */
    static Map<String, Object> withContext(Map<String, Object> output, Map<String, Object> context) {
        Map<String, Object> copy = new LinkedHashMap<>(output);
        copy.put("context", context);
        return copy;
    }
}
