/**
 * Parsing route templates and matching REST API resources, with the closest routes for diagnostics. Not API: may
 * change in any release.
 *
 * <p>Depends on the JDK only.
 */
package io.apigwsim.internal.routing;
