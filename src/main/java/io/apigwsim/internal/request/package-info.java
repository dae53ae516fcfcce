/**
 * The method request as API Gateway hands it on to an integration, shared by the proxy events, the mapping
 * templates and the authorizers: the request context (one model for the REST {@code requestContext}, the HTTP API
 * {@code requestContext} and the templates' {@code $context}), the headers API Gateway forwards, and the decoded query
 * string. Depends on {@code http} only. Not API: may change in any release.
 */
package io.apigwsim.internal.request;
