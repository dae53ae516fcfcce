/**
 * The serve command behind {@link io.apigwsim.cli.Serve}: its arguments, and serving a definition file on a port with a
 * line printed per request. Not API: may change in any release.
 */
package io.apigwsim.internal.cli;
