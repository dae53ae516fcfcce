/**
 * Parsing route templates and matching requests to REST API resources ({@link io.apigwsim.internal.routing.RestRouter})
 * and to HTTP API route keys ({@link io.apigwsim.internal.routing.HttpApiRouter}), with the closest routes for
 * diagnostics. Not API: may change in any release.
 *
 * <p>Depends on the JDK only.
 */
package io.apigwsim.internal.routing;
