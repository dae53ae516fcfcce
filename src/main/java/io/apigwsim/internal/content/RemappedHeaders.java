package io.apigwsim.internal.content;

import java.util.Locale;
import java.util.Set;

/**
 * The response headers a REST API does not pass to the client under their own name but as
 * {@code x-amzn-Remapped-<Name>}, because API Gateway sets them itself
 * (docs/behavior.md#rest-response-header-merging, #response-parameters).
 */
public enum RemappedHeaders {

    /**
     * Headers a Lambda proxy function returns: Connection, Content-Length, Date and Server are remapped. Taken from
     * LocalStack's method-response handler, which follows its AWS-validated HTTP integration tests; not recorded for
     * Lambda proxy integrations themselves (docs/behavior.md#uncertain-rest-proxy-responses).
     */
    PROXY_RESPONSE(Set.of("connection", "content-length", "date", "server")),

    /** Method response headers set by a mapping (response parameters, overrides): the fourteen recorded names. */
    MAPPED_RESPONSE(Set.of(
            "authorization",
            "connection",
            "content-length",
            "content-md5",
            "date",
            "expect",
            "host",
            "max-forwards",
            "proxy-authenticate",
            "server",
            "trailer",
            "upgrade",
            "user-agent",
            "www-authenticate"));

    private static final String PREFIX = "x-amzn-Remapped-";

    private final Set<String> lowerCaseNames;

    RemappedHeaders(Set<String> lowerCaseNames) {
        this.lowerCaseNames = lowerCaseNames;
    }

    /** The name the client sees for a header of this name: the name itself, or {@code x-amzn-Remapped-<name>}. */
    public String clientName(String name) {
        return lowerCaseNames.contains(name.toLowerCase(Locale.ROOT)) ? PREFIX + name : name;
    }
}
