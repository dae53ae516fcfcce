package io.apigwsim.internal.pipeline;

import io.apigwsim.AuthorizerCall.Decision;
import io.apigwsim.definition.IamPrincipal;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.gatewayresponse.Problem;
import io.apigwsim.internal.request.RequestContext;
import io.apigwsim.internal.request.SigV4Authorization;
import java.util.Map;
import java.util.Optional;

/**
 * {@code AWS_IAM} authorization of a REST method (docs/behavior.md#rest-iam-authorization): the request must carry a
 * Signature Version 4 {@code Authorization} header whose access key belongs to a declared principal, who then fills
 * {@code requestContext.identity}. Signatures are read, not verified.
 */
final class IamAuthorizer implements RouteAuthorizer {

    static final String NAME = "AWS_IAM";

    private final Map<String, IamPrincipal> principals;

    IamAuthorizer(Map<String, IamPrincipal> principals) {
        this.principals = Map.copyOf(principals);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<HttpResponse> authorize(RequestScope scope) {
        Optional<String> header = scope.request().headers().first("Authorization");
        if (header.isEmpty()) {
            scope.log("AWS_IAM: the request is not signed");
            return refuse(scope, Problem.of(GatewayError.MISSING_AUTHENTICATION_TOKEN));
        }
        SigV4Authorization signature = SigV4Authorization.read(header.get(), hasDate(scope));
        if (!signature.readable()) {
            scope.log("AWS_IAM: " + signature.problem());
            return refuse(scope, Problem.of(GatewayError.INCOMPLETE_SIGNATURE, signature.problem(), null));
        }
        IamPrincipal principal = principals.get(signature.accessKeyId());
        if (principal == null) {
            scope.log("AWS_IAM: access key " + signature.accessKeyId() + " belongs to no declared principal; declared: "
                    + principals.keySet());
            return refuse(scope, Problem.of(GatewayError.UNRECOGNIZED_CLIENT));
        }
        scope.context(scope.context()
                .withIamCaller(new RequestContext.IamCaller(
                        principal.accountId(), principal.callerId(), principal.accessKeyId(), principal.arn())));
        scope.log("AWS_IAM: signed by " + principal.arn());
        scope.authorizerCall(new RecordedAuthorizerCall(NAME, null, null, false, principal.arn(), Decision.ALLOWED));
        return Optional.empty();
    }

    static boolean hasDate(RequestScope scope) {
        return scope.request().headers().contains("X-Amz-Date")
                || scope.request().headers().contains("Date");
    }

    private static Optional<HttpResponse> refuse(RequestScope scope, Problem problem) {
        scope.authorizerCall(new RecordedAuthorizerCall(NAME, null, null, false, null, Decision.UNAUTHORIZED));
        return Optional.of(scope.gatewayResponse(problem));
    }
}
