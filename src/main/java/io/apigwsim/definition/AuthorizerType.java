package io.apigwsim.definition;

/**
 * The kinds of authorizer API Gateway offers (docs/behavior.md#rest-lambda-authorizers).
 *
 * @since 0.2
 */
public enum AuthorizerType {
    /** A REST Lambda authorizer that receives one header's value as {@code authorizationToken}. */
    TOKEN,
    /** A Lambda authorizer that receives the request's headers, query, path, stage variables and context. */
    REQUEST,
    /** A REST authorizer that accepts tokens of Amazon Cognito user pools. */
    COGNITO_USER_POOLS,
    /** An HTTP API authorizer that validates JSON Web Tokens. */
    JWT
}
