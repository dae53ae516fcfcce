package io.apigwsim.internal.vtl;

import java.util.Map;

/**
 * The methods templates may call on {@code $input} and {@code $util}. Velocity only calls methods that a public type
 * declares, and a class cannot implement an interface nested in itself, so the interfaces live here: public, yet out
 * of reach of other packages because this class is package-private.
 */
final class TemplateMembers {

    private TemplateMembers() {}

    /** What a template can call on {@code $input}. */
    public interface Input {

        /** {@code $input.body}. */
        String getBody();

        /** {@code $input.json(x)}. */
        String json(Object path);

        /** {@code $input.path(x)}. */
        Object path(Object path);

        /** {@code $input.params()}. */
        Map<String, Map<String, String>> params();

        /** {@code $input.params(x)}. */
        String params(Object name);
    }

    /** What a template can call on {@code $util}. */
    public interface Util {

        /** {@code $util.escapeJavaScript(s)}. */
        String escapeJavaScript(Object text);

        /** {@code $util.parseJson(s)}. */
        Object parseJson(Object json);

        /** {@code $util.urlEncode(s)}. */
        String urlEncode(Object text);

        /** {@code $util.urlDecode(s)}. */
        String urlDecode(Object text);

        /** {@code $util.base64Encode(s)}. */
        String base64Encode(Object text);

        /** {@code $util.base64Decode(s)}. */
        String base64Decode(Object text);
    }
}
