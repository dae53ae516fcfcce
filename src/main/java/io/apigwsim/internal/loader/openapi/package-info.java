/**
 * Reads OpenAPI 3.0 and Swagger 2.0 documents with API Gateway's {@code x-amazon-apigateway-*} extensions
 * (docs/behavior.md#definition-openapi-integrations).
 */
package io.apigwsim.internal.loader.openapi;
