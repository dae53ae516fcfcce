/**
 * Lambda authorizers' answers, read and judged the way API Gateway does: the IAM-policy output of REST and HTTP API
 * authorizers ({@code principalId}, {@code policyDocument}, {@code context}, {@code usageIdentifierKey}), the policy's
 * evaluation for {@code execute-api:Invoke} on one method ARN, and the HTTP API's simple responses. Pure functions:
 * the pipeline invokes the function and turns the outcome into the client's response. Not API: may change in any
 * release.
 */
package io.apigwsim.internal.authorizer;
