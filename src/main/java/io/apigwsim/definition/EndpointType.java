package io.apigwsim.definition;

/**
 * How clients reach a REST API (docs/behavior.md#endpoint-types). An HTTP API is always regional.
 *
 * @since 0.2
 */
public enum EndpointType {
    /**
     * Edge-optimized: requests pass through a CloudFront distribution that API Gateway manages, which adds its
     * {@code CloudFront-*}, {@code Via} and {@code X-Amz-Cf-Id} headers to the request and its own headers to the
     * response. AWS's default for a REST API created without an endpoint configuration, and so for a SAM or
     * CloudFormation template that sets none.
     */
    EDGE,
    /**
     * Regional: clients reach API Gateway directly and the function sees their headers as sent. apigw-sim's default for
     * APIs declared in tests and for OpenAPI documents, which do not say how they are deployed.
     */
    REGIONAL,
    /** Private: reached from a VPC through an interface endpoint. Not simulated yet; declaring it is refused. */
    PRIVATE
}
