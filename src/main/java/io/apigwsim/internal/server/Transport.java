package io.apigwsim.internal.server;

/** A bound listening socket and the threads behind it; the one type {@link LocalServer} knows of its transport. */
interface Transport {

    /** The port the socket is bound to. */
    int port();

    /** Stop accepting, close every connection and end the transport's threads; the port is free afterwards. */
    void close();
}
