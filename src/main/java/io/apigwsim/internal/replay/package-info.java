/**
 * Replaying a captured Lambda event: rebuilding the client request from it, and comparing the event the gateway
 * generates with the captured one path by path. Not API.
 */
package io.apigwsim.internal.replay;
