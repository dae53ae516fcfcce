package com.example.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import java.util.List;
import java.util.Map;

/**
 * {@code CustomerAuthorizerFunction}, the API's TOKEN authorizer: {@code Authorization: Bearer cust-<customer>}. Known
 * customers may call every method of the stage, a suspended one is denied explicitly, anyone else is unauthorized.
 * (A real authorizer would verify a signed token; the customer list stands in for that.)
 */
public final class CustomerAuthorizer implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {

    private static final Map<String, String> PLANS = Map.of("ann", "premium", "bob", "basic", "mallory", "suspended");

    @Override
    public IamPolicyResponseV1 handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        String customer = event.getAuthorizationToken().substring("Bearer cust-".length());
        String plan = PLANS.get(customer);
        if (plan == null) {
            // API Gateway answers 401 for exactly this message.
            throw new RuntimeException("Unauthorized");
        }
        String effect = plan.equals("suspended") ? IamPolicyResponseV1.DENY : IamPolicyResponseV1.ALLOW;
        return IamPolicyResponseV1.builder()
                .withPrincipalId(customer)
                .withPolicyDocument(IamPolicyResponseV1.PolicyDocument.builder()
                        .withVersion(IamPolicyResponseV1.VERSION_2012_10_17)
                        .withStatement(List.of(IamPolicyResponseV1.Statement.builder()
                                .withAction(IamPolicyResponseV1.EXECUTE_API_INVOKE)
                                .withEffect(effect)
                                .withResource(List.of(wholeStage(event.getMethodArn())))
                                .build()))
                        .build())
                .withContext(Map.of("plan", plan))
                .build();
    }

    // arn:aws:execute-api:region:account:apiId/stage/METHOD/path -> arn:aws:execute-api:region:account:apiId/stage/*
    private static String wholeStage(String methodArn) {
        String[] parts = methodArn.split("/", 3);
        return parts[0] + "/" + parts[1] + "/*";
    }
}
