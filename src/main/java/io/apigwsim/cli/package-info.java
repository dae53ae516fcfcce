/**
 * Command-line entry points: {@link io.apigwsim.cli.Serve} serves a SAM template or an OpenAPI document on a port, with
 * the handlers of a project's class path.
 *
 * @since 0.2
 */
package io.apigwsim.cli;
