/**
 * The immutable description of an API as API Gateway models it.
 *
 * <p>Glossary, one Java name per AWS concept: a <em>route</em> ({@link io.apigwsim.definition.RouteDefinition})
 * is one method of one resource; a <em>stage</em> is the deployment a request addresses by the first
 * path segment, with its <em>stage variables</em>; an <em>integration</em>
 * ({@link io.apigwsim.definition.Integration}) hands the request to a Lambda function, or, for a mock integration,
 * answers it without one; <em>binary media
 * types</em> decide which bodies travel base64-encoded.
 *
 * <p>Depends on the JDK only. No method of this package accepts or returns {@code null}; a value that
 * may be absent is an {@link java.util.Optional}.
 *
 * @since 0.1
 */
package io.apigwsim.definition;
