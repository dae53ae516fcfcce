package com.example.pets;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayCustomAuthorizerEvent;
import com.amazonaws.services.lambda.runtime.events.IamPolicyResponseV1;
import java.util.List;
import java.util.Map;

/**
 * The partners' TOKEN authorizer: {@code Authorization: Bearer <partner token>}. A known partner may call every method
 * of the stage (the policy names the whole API, so a cached answer fits every method); a blocked partner is denied
 * explicitly; an unknown token is unauthorized. The partner's API key travels as {@code usageIdentifierKey} for
 * APIs that read keys from the authorizer.
 */
public final class PartnerAuthorizer
        implements RequestHandler<APIGatewayCustomAuthorizerEvent, IamPolicyResponseV1> {

    /** A partner: who it is, its plan tier and its API key. */
    public record Partner(String id, String tier, String apiKey, boolean blocked) {}

    private final Map<String, Partner> partnersByToken;

    /** The constructor Lambda calls. */
    public PartnerAuthorizer() {
        this(Map.of());
    }

    public PartnerAuthorizer(Map<String, Partner> partnersByToken) {
        this.partnersByToken = Map.copyOf(partnersByToken);
    }

    @Override
    public IamPolicyResponseV1 handleRequest(APIGatewayCustomAuthorizerEvent event, Context context) {
        String token = event.getAuthorizationToken().substring("Bearer ".length());
        Partner partner = partnersByToken.get(token);
        if (partner == null) {
            // API Gateway answers 401 for exactly this message.
            throw new RuntimeException("Unauthorized");
        }
        String effect = partner.blocked() ? IamPolicyResponseV1.DENY : IamPolicyResponseV1.ALLOW;
        return IamPolicyResponseV1.builder()
                .withPrincipalId(partner.id())
                .withPolicyDocument(IamPolicyResponseV1.PolicyDocument.builder()
                        .withVersion(IamPolicyResponseV1.VERSION_2012_10_17)
                        .withStatement(List.of(IamPolicyResponseV1.Statement.builder()
                                .withAction(IamPolicyResponseV1.EXECUTE_API_INVOKE)
                                .withEffect(effect)
                                .withResource(List.of(wholeStage(event.getMethodArn())))
                                .build()))
                        .build())
                .withContext(Map.of("tier", partner.tier()))
                .withUsageIdentifierKey(partner.apiKey())
                .build();
    }

    // arn:aws:execute-api:region:account:apiId/stage/METHOD/path -> arn:aws:execute-api:region:account:apiId/stage/*
    private static String wholeStage(String methodArn) {
        String[] parts = methodArn.split("/", 3);
        return parts[0] + "/" + parts[1] + "/*";
    }
}
