package io.apigwsim.internal.pipeline;

import io.apigwsim.http.Headers;
import io.apigwsim.http.Headers.Header;
import io.apigwsim.http.HttpRequest;
import io.apigwsim.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The CloudFront distribution in front of an edge-optimized REST API (docs/behavior.md#endpoint-types): it forwards
 * each request with its own headers and address, and adds its headers to each response. Its server name, address and
 * point of presence are the same for every request of a gateway.
 */
final class CloudFrontEdge {

    /** The viewer country CloudFront reports for the simulated client. */
    static final String VIEWER_COUNTRY = "US";

    /** The autonomous system number CloudFront reports for the simulated client. */
    static final String VIEWER_ASN = "16509";

    /** The point of presence that answers. */
    static final String POP = "IAD89-C3";

    private final String via;
    private final String address;

    CloudFrontEdge(IdSource ids) {
        this.via = "1.1 " + ids.hex(32) + ".cloudfront.net (CloudFront)";
        this.address =
                "130.176." + Integer.parseInt(ids.hex(2), 16) + "." + (1 + Integer.parseInt(ids.hex(2), 16) % 254);
    }

    /** A request's CloudFront id: forty random bytes in padded URL-safe base64, as {@code X-Amz-Cf-Id} is. */
    static String requestId(IdSource ids) {
        return Base64.getUrlEncoder().encodeToString(ids.bytes(40));
    }

    /**
     * The request CloudFront sends to API Gateway: the client's headers without the {@code CloudFront-*} and
     * {@code X-Amz-Cf-Id} ones CloudFront sets itself, then CloudFront's, with the client's address appended to
     * {@code X-Forwarded-For} and CloudFront's server to {@code Via}; sent from CloudFront's address.
     */
    HttpRequest forward(HttpRequest client, String cloudFrontId) {
        Headers.Builder headers = Headers.builder();
        List<String> forwardedFor = new ArrayList<>(1);
        List<String> vias = new ArrayList<>(1);
        for (Header header : client.headers().entries()) {
            String lower = header.name().toLowerCase(Locale.ROOT);
            if (lower.startsWith("cloudfront-") || lower.equals("x-amz-cf-id")) {
                continue;
            }
            switch (lower) {
                case "x-forwarded-for" -> forwardedFor.add(header.value());
                case "via" -> vias.add(header.value());
                default -> headers.add(header.name(), header.value());
            }
        }
        forwardedFor.add(client.sourceIp());
        vias.add(via);
        headers.add("CloudFront-Forwarded-Proto", "https")
                .add("CloudFront-Is-Desktop-Viewer", "true")
                .add("CloudFront-Is-Mobile-Viewer", "false")
                .add("CloudFront-Is-SmartTV-Viewer", "false")
                .add("CloudFront-Is-Tablet-Viewer", "false")
                .add("CloudFront-Viewer-ASN", VIEWER_ASN)
                .add("CloudFront-Viewer-Country", VIEWER_COUNTRY)
                .add("Via", String.join(", ", vias))
                .add("X-Amz-Cf-Id", cloudFrontId)
                .add("X-Forwarded-For", String.join(", ", forwardedFor));
        return new HttpRequest(client.method(), client.target(), headers.build(), client.body(), address);
    }

    /** The response with CloudFront's headers: {@code X-Cache} says whether API Gateway answered with an error. */
    HttpResponse answer(HttpResponse response, String cloudFrontId) {
        Headers.Builder headers = Headers.builder();
        response.headers().entries().forEach(header -> headers.add(header.name(), header.value()));
        headers.add("X-Cache", response.status() >= 400 ? "Error from cloudfront" : "Miss from cloudfront")
                .add("Via", via)
                .add("X-Amz-Cf-Pop", POP)
                .add("X-Amz-Cf-Id", cloudFrontId);
        return new HttpResponse(response.status(), headers.build(), response.body());
    }
}
