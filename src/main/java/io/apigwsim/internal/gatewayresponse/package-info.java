/**
 * The single source of the responses API Gateway produces itself, with their exact bytes and headers.
 * Not API: may change in any release.
 */
package io.apigwsim.internal.gatewayresponse;
