package io.apigwsim.internal.request;

/** What a REST API does to the slashes at the start of a path. */
public final class RequestPaths {

    private RequestPaths() {}

    /**
     * Collapse the slashes a path starts with into one: {@code //prod/pets} is {@code /prod/pets} before the stage
     * (docs/behavior.md#serving-requests-outside-the-stage), {@code //pets} is {@code /pets} after it
     * (docs/behavior.md#rest-slashes-in-paths).
     *
     * @param path a path that starts with {@code /}
     * @return the path with one leading slash
     */
    public static String collapseLeadingSlashes(String path) {
        int start = 0;
        while (start + 1 < path.length() && path.charAt(start + 1) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
