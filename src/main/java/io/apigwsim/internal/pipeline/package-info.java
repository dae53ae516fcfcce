/**
 * Running one request through API Gateway's stages in the order API Gateway applies them, and
 * producing the {@code Exchange} with its execution log. The only package that composes the others.
 * Not API: may change in any release.
 */
package io.apigwsim.internal.pipeline;
