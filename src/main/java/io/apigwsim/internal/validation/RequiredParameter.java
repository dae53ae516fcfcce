package io.apigwsim.internal.validation;

import io.apigwsim.http.Headers;
import java.util.List;
import java.util.Map;

/**
 * One required request parameter, declared as {@code method.request.LOCATION.NAME}
 * (docs/behavior.md#required-request-parameters).
 *
 * @param key the declared key, such as {@code method.request.querystring.limit}
 * @param location where the parameter is sent
 * @param name the parameter's name, as the failure message lists it
 */
record RequiredParameter(String key, Location location, String name) {

    private static final String PREFIX = "method.request.";

    /** Where a required parameter is sent. */
    enum Location {
        HEADER("header"),
        PATH("path"),
        QUERYSTRING("querystring");

        private final String keyword;

        Location(String keyword) {
            this.keyword = keyword;
        }

        static Location of(String keyword) {
            for (Location location : values()) {
                if (location.keyword.equals(keyword)) {
                    return location;
                }
            }
            return null;
        }
    }

    /** Read a declared key; a key that is not {@code method.request.{header|querystring|path}.NAME} is refused. */
    static RequiredParameter parse(String key) {
        if (!key.startsWith(PREFIX) || key.indexOf('.', PREFIX.length()) < 0) {
            throw new IllegalArgumentException("required request parameter \"" + key
                    + "\" is not of the form method.request.{header|querystring|path}.NAME,"
                    + " for example \"method.request.querystring.limit\"");
        }
        int dot = key.indexOf('.', PREFIX.length());
        String keyword = key.substring(PREFIX.length(), dot);
        Location location = Location.of(keyword);
        if (location == null) {
            throw new IllegalArgumentException("required request parameter \"" + key + "\" has the location \""
                    + keyword + "\", which a method request does not have: use method.request.header.NAME,"
                    + " method.request.querystring.NAME or method.request.path.NAME");
        }
        String name = key.substring(dot + 1);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("required request parameter \"" + key + "\" has no name: write \"" + key
                    + "NAME\", for example \"" + key + "id\"");
        }
        return new RequiredParameter(key, location, name);
    }

    /**
     * Tell whether the request carries this parameter with a value that is not blank. A header's name is compared
     * without regard to case; a repeated header or query string parameter counts with its last value, the one the
     * single-value maps hold [UNCERTAIN] (docs/behavior.md#uncertain-request-validation). A path parameter that is
     * not a variable of the resource path is never present.
     */
    boolean isPresent(Headers headers, Map<String, List<String>> queryParameters, Map<String, String> pathParameters) {
        String value = switch (location) {
            case HEADER -> last(headers.all(name));
            case QUERYSTRING -> last(queryParameters.getOrDefault(name, List.of()));
            case PATH -> pathParameters.get(name);
        };
        return value != null && !value.isBlank();
    }

    private static String last(List<String> values) {
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    @Override
    public String toString() {
        return key;
    }
}
