/**
 * Calling user handlers the way the Java Lambda runtime does: {@code RequestHandler} and
 * {@code RequestStreamHandler}, converting the event into the handler's input type with the runtime's
 * serializers, the {@code Context} object, function errors and timeouts. Not API: may change in any release.
 */
package io.apigwsim.internal.lambda;
