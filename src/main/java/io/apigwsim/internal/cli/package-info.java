/**
 * The serve command behind {@link io.apigwsim.cli.Serve}: its arguments, serving a definition file on a port with a line
 * printed per request, and with {@code --watch} reloading it when the definition or the class directories change. Not
 * API: may change in any release.
 */
package io.apigwsim.internal.cli;
