/**
 * Serving a gateway on a TCP port: a front end that reads HTTP/1.1 requests from the wire, hands each one to the same
 * pipeline as an in-process request, and writes the exchange's response back byte for byte. It is not a stage: it adds
 * nothing to what the pipeline answers, except what only the wire needs (framing, {@code Connection}, the answers to
 * requests that never reach the stage). The only package that imports Netty, which is an optional dependency. Not API:
 * may change in any release.
 */
package io.apigwsim.internal.server;
