package io.apigwsim.internal.vtl;

import com.fasterxml.jackson.databind.JsonNode;
import io.apigwsim.internal.json.Json;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * {@code $util}: the six functions API Gateway offers (docs/behavior.md#vtl-util), and no others. Stateless, so one
 * instance serves every rendering. A null argument gives null, which renders as nothing
 * ({@code $util.urlEncode($input.body.x)} → empty, recorded); any other argument is used through its
 * {@code toString()}.
 *
 * <p>The methods templates call are declared by {@link TemplateMembers.Util}.
 */
final class UtilVariable implements TemplateMembers.Util {

    static final UtilVariable INSTANCE = new UtilVariable();

    private UtilVariable() {}

    /**
     * JavaScript string escaping as Apache Commons Lang 2 {@code StringEscapeUtils.escapeJavaScript} does it, the
     * implementation AWS is widely assumed to use (docs/behavior.md#vtl-util): {@code "} {@code \} {@code '} and
     * {@code /} get a backslash, {@code \b \f \n \r \t} their short escapes, other control characters and every
     * character above U+007F a {@code \}{@code uXXXX} escape with upper-case hex digits. The {@code '} →
     * {@code \'} rule is documented (and makes the output invalid JSON); {@code /} and the {@code \}{@code u}
     * escapes are inferred.
     */
    @Override
    public String escapeJavaScript(Object text) {
        if (text == null) {
            return null;
        }
        String s = text.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '/' -> out.append("\\/");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    public Object parseJson(Object json) {
        if (json == null) {
            return null;
        }
        String text = json.toString();
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new TemplateFunctionException(TemplateFailures.notJson("$util.parseJson", text, e), e);
        }
        if (node == null || node.isMissingNode()) {
            throw new TemplateFunctionException(TemplateFailures.notJson("$util.parseJson", text, null), null);
        }
        return JsonValues.toTemplateValue(node);
    }

    // application/x-www-form-urlencoded, UTF-8, as Java's URLEncoder: space → "+", ":" → "%3A"
    // (docs/behavior.md#vtl-util).
    @Override
    public String urlEncode(Object text) {
        return text == null ? null : URLEncoder.encode(text.toString(), StandardCharsets.UTF_8);
    }

    @Override
    public String urlDecode(Object text) {
        if (text == null) {
            return null;
        }
        try {
            return URLDecoder.decode(text.toString(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new TemplateFunctionException(TemplateFailures.notUrlEncoded(text.toString(), e), e);
        }
    }

    // Standard alphabet with padding, of the UTF-8 bytes (docs/behavior.md#vtl-util).
    @Override
    public String base64Encode(Object text) {
        return text == null
                ? null
                : Base64.getEncoder().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String base64Decode(Object text) {
        if (text == null) {
            return null;
        }
        try {
            return new String(Base64.getDecoder().decode(text.toString()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new TemplateFunctionException(TemplateFailures.notBase64(text.toString(), e), e);
        }
    }

    @Override
    public String toString() {
        return "$util";
    }
}
