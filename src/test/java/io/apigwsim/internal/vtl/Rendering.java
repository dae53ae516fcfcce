package io.apigwsim.internal.vtl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared test fixtures: one engine for the whole suite (it is thread-safe) and small input builders. */
final class Rendering {

    static final VtlEngine ENGINE = VtlEngine.create();

    private Rendering() {}

    static VtlResult render(String template, VtlInput input) {
        return ENGINE.compile("test template", template).render(input);
    }

    static String output(String template, VtlInput input) {
        return render(template, input).output();
    }

    static String output(String template, String body) {
        return output(template, VtlInput.ofBody(body));
    }

    /** An input builder, for tests that need parameters, a context or stage variables. */
    static Input input() {
        return new Input();
    }

    static final class Input {
        private String body = "";
        private final Map<String, String> path = new LinkedHashMap<>();
        private final Map<String, List<String>> querystring = new LinkedHashMap<>();
        private final Map<String, List<String>> header = new LinkedHashMap<>();
        private final Map<String, Object> context = new LinkedHashMap<>();
        private final Map<String, String> stageVariables = new LinkedHashMap<>();

        Input body(String value) {
            body = value;
            return this;
        }

        Input path(String name, String value) {
            path.put(name, value);
            return this;
        }

        Input query(String name, String... values) {
            querystring.put(name, List.of(values));
            return this;
        }

        Input header(String name, String... values) {
            header.put(name, List.of(values));
            return this;
        }

        Input context(String name, Object value) {
            context.put(name, value);
            return this;
        }

        Input stageVariable(String name, String value) {
            stageVariables.put(name, value);
            return this;
        }

        VtlInput build() {
            return new VtlInput(body, path, querystring, header, context, stageVariables);
        }
    }
}
