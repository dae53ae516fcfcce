/**
 * Immutable HTTP values as the client sees them: {@link io.apigwsim.http.HttpRequest},
 * {@link io.apigwsim.http.HttpResponse} and {@link io.apigwsim.http.Headers}.
 *
 * <p>Depends on the JDK only. No method of this package accepts or returns {@code null}; a value that
 * may be absent is an {@link java.util.Optional}.
 *
 * @since 0.1
 */
package io.apigwsim.http;
