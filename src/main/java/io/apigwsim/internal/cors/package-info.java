/**
 * An HTTP API's built-in CORS: answering preflight requests and adding CORS headers to integration
 * responses. Not API: may change in any release.
 */
package io.apigwsim.internal.cors;
