package io.apigwsim.internal.validation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A method's request models by media type, and the {@code $default} model that applies to every other content
 * type (docs/behavior.md#request-body-models).
 */
final class RequestModels {

    static final String DEFAULT_KEY = "$default";

    // A request without Content-Type is validated as application/json (docs/behavior.md#request-body-models).
    private static final String MISSING_CONTENT_TYPE = "application/json";

    // type "/" subtype, each an RFC 7230 token; no parameters.
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final Map<String, RequestModel> byMediaType;
    private final RequestModel fallback;

    private RequestModels(Map<String, RequestModel> byMediaType, RequestModel fallback) {
        this.byMediaType = byMediaType;
        this.fallback = fallback;
    }

    /** Compile every model; the first bad content type or schema is refused with a message naming it. */
    static RequestModels compile(Map<String, String> schemasByContentType) {
        Map<String, RequestModel> byMediaType = new LinkedHashMap<>();
        RequestModel fallback = null;
        for (Map.Entry<String, String> entry : schemasByContentType.entrySet()) {
            String contentType = entry.getKey();
            if (contentType.equals(DEFAULT_KEY)) {
                fallback = DraftFourSchemas.compile(contentType, entry.getValue());
                continue;
            }
            if (!MEDIA_TYPE.matcher(contentType).matches()) {
                throw new IllegalArgumentException("request model content type \"" + contentType
                        + "\" is not a media type: use type/subtype without parameters, such as"
                        + " \"application/json\", or \"$default\" for every other content type");
            }
            String mediaType = contentType.toLowerCase(Locale.ROOT);
            RequestModel model = DraftFourSchemas.compile(contentType, entry.getValue());
            RequestModel previous = byMediaType.putIfAbsent(mediaType, model);
            if (previous != null) {
                throw new IllegalArgumentException("request model content types \"" + previous.contentType()
                        + "\" and \"" + contentType + "\" are the same media type: keep one of them");
            }
        }
        return new RequestModels(Map.copyOf(byMediaType), fallback);
    }

    /**
     * The model that validates a request with this Content-Type: the model of its media type, compared without
     * regard to case and parameters, else the {@code $default} model; empty when neither exists, and then the body
     * is not validated (docs/behavior.md#request-body-models).
     */
    Optional<RequestModel> forContentType(Optional<String> contentType) {
        String mediaType = contentType.map(RequestModels::mediaType).orElse(MISSING_CONTENT_TYPE);
        return Optional.ofNullable(byMediaType.getOrDefault(mediaType, fallback));
    }

    // The lower-case type/subtype of a Content-Type value, without parameters.
    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String essence = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return essence.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        Map<String, RequestModel> all = new LinkedHashMap<>(byMediaType);
        if (fallback != null) {
            all.put(DEFAULT_KEY, fallback);
        }
        return all.keySet().toString();
    }
}
