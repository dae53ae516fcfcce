package io.apigwsim.internal.server;

import io.apigwsim.Exchange;
import java.time.Duration;

/** Told about each request from the wire that the stage answered, before its response is written. */
@FunctionalInterface
public interface ServedListener {

    /**
     * Called on the request's thread with the exchange and how long the server took to answer it.
     *
     * @param exchange the exchange the gateway produced
     * @param latency from the request read off the wire to its answer, before the response is written
     */
    void served(Exchange exchange, Duration latency);
}
