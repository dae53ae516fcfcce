package io.apigwsim.definition;

/**
 * What a Lambda custom integration does with a request body when no request template matches its
 * {@code Content-Type}.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html">
 *     Integration passthrough behaviors</a>
 * @since 0.1
 */
public enum PassthroughBehavior {
    /** Pass the body through when no template matches its content type; API Gateway's default. */
    WHEN_NO_MATCH,
    /** Pass the body through only when the integration has no template at all; otherwise answer 415. */
    WHEN_NO_TEMPLATES,
    /** Never pass the body through: answer 415 when no template matches. */
    NEVER
}
