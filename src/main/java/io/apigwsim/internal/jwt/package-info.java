/**
 * JSON Web Tokens as API Gateway checks them: the HTTP API JWT authorizer, the REST Cognito user pool
 * authorizer, the claims they hand to the integration, and the keys and signing behind the test tokens
 * of {@code io.apigwsim.TestJwt}. Pure functions: the pipeline reads the identity source and writes the
 * response. The only package that imports the JOSE library. Not API: may change in any release.
 */
package io.apigwsim.internal.jwt;
