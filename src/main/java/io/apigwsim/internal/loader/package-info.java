/**
 * Loads the definition files a gateway serves (OpenAPI documents and SAM templates) into the definition model, and
 * binds the functions they name (docs/behavior.md#definitions). Sub-packages: {@code node} reads files into located
 * nodes, {@code cfn} resolves CloudFormation, {@code openapi} and {@code sam} read the two formats.
 */
package io.apigwsim.internal.loader;
