package io.apigwsim.internal.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code Authorization} header read the way API Gateway reads a Signature Version 4 header
 * (docs/behavior.md#rest-iam-authorization, #rest-no-matching-route): the access key id of its {@code Credential},
 * or the message API Gateway answers for a header it cannot read. The signature itself is not verified.
 */
public final class SigV4Authorization {

    private final String accessKeyId;
    private final String problem;

    private SigV4Authorization(String accessKeyId, String problem) {
        this.accessKeyId = accessKeyId;
        this.problem = problem;
    }

    /**
     * Read a header.
     *
     * @param header the {@code Authorization} value
     * @param hasDate whether the request has an {@code X-Amz-Date} or {@code Date} header
     */
    public static SigV4Authorization read(String header, boolean hasDate) {
        int space = header.indexOf(' ');
        String parameters = space < 0 ? "" : header.substring(space + 1);
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : parameters.split(",")) {
            String pair = part.trim();
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 0) {
                return new SigV4Authorization(
                        null,
                        "'" + pair + "' not a valid key=value pair (missing equal-sign) in" + " Authorization header: '"
                                + header + "'.");
            }
            pairs.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("Credential", "Signature", "SignedHeaders")) {
            if (!pairs.containsKey(required)) {
                missing.add("Authorization header requires '" + required + "' parameter.");
            }
        }
        if (!hasDate) {
            missing.add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!missing.isEmpty()) {
            return new SigV4Authorization(null, String.join(" ", missing) + " Authorization=" + header);
        }
        String credential = pairs.get("Credential");
        int slash = credential.indexOf('/');
        return new SigV4Authorization(slash < 0 ? credential : credential.substring(0, slash), null);
    }

    /** Whether API Gateway could read the header. */
    public boolean readable() {
        return problem == null;
    }

    /** The access key id of a readable header. */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** API Gateway's message for a header it cannot read. */
    public String problem() {
        return problem;
    }
}
