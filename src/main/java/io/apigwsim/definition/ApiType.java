package io.apigwsim.definition;

/**
 * The two kinds of API Gateway API that front Lambda functions with HTTP.
 *
 * @since 0.1
 */
public enum ApiType {
    /** A REST API (API Gateway v1): resources and methods, Lambda proxy payload format 1.0. */
    REST,
    /** An HTTP API (API Gateway v2): route keys, Lambda proxy payload format 2.0 or 1.0. */
    HTTP
}
