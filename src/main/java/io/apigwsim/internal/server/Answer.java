package io.apigwsim.internal.server;

import io.apigwsim.http.HttpResponse;

/**
 * What the server writes back for one request.
 *
 * @param response the response, byte for byte as the exchange holds it
 * @param refusal whether the server refused the request before the stage saw it, after which it closes the connection
 */
record Answer(HttpResponse response, boolean refusal) {

    static Answer of(HttpResponse response) {
        return new Answer(response, false);
    }

    static Answer refused(HttpResponse response) {
        return new Answer(response, true);
    }
}
