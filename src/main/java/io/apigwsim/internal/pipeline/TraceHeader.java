package io.apigwsim.internal.pipeline;

/**
 * The X-Ray trace header of one request (docs/behavior.md#trace-header): the client's Root, Parent and Sampled flag
 * are kept when the client sent them; otherwise API Gateway starts a trace with a new Root and Parent, not sampled.
 *
 * @param root the {@code Root=...} part
 * @param parent the {@code Parent=...} part
 * @param sampled the {@code Sampled=...} part
 */
record TraceHeader(String root, String parent, String sampled) {

    static TraceHeader of(String clientHeader, String newRoot, IdSource ids) {
        String root = "Root=" + newRoot;
        String parent = null;
        String sampled = "Sampled=0";
        if (clientHeader != null && clientHeader.startsWith("Root=")) {
            for (String part : clientHeader.split(";")) {
                String trimmed = part.trim();
                if (trimmed.startsWith("Root=")) {
                    root = trimmed;
                } else if (trimmed.startsWith("Parent=")) {
                    parent = trimmed;
                } else if (trimmed.startsWith("Sampled=")) {
                    sampled = trimmed;
                }
            }
        }
        return new TraceHeader(root, parent != null ? parent : "Parent=" + ids.hex(16), sampled);
    }

    /** The header the function's context and the client response carry. */
    @Override
    public String toString() {
        return root + ";" + parent + ";" + sampled;
    }
}
