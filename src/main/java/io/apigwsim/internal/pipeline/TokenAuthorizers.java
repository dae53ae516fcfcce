package io.apigwsim.internal.pipeline;

import io.apigwsim.AuthorizerCall.Decision;
import io.apigwsim.definition.AuthorizerDefinition;
import io.apigwsim.http.HttpResponse;
import io.apigwsim.internal.gatewayresponse.GatewayError;
import io.apigwsim.internal.gatewayresponse.Problem;
import io.apigwsim.internal.jwt.CognitoVerification;
import io.apigwsim.internal.jwt.CognitoVerifier;
import io.apigwsim.internal.jwt.JwtVerification;
import io.apigwsim.internal.jwt.JwtVerifier;
import io.apigwsim.internal.request.QueryString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The authorizers that check a signed token instead of calling a function: JWT (HTTP APIs) and Cognito (REST). */
final class TokenAuthorizers {

    private TokenAuthorizers() {}

    /**
     * An HTTP API JWT authorizer (docs/behavior.md#http-api-jwt-authorizers, #jwt-claims-in-events): a refused token
     * gets 401 with a {@code www-authenticate} challenge, or 403 for a missing scope; an accepted one passes its
     * claims and scopes on as {@code requestContext.authorizer.jwt}.
     */
    static final class Jwt implements RouteAuthorizer {

        private final AuthorizerDefinition definition;
        private final JwtVerifier verifier;

        Jwt(AuthorizerDefinition definition, JwtVerifier verifier) {
            this.definition = definition;
            this.verifier = verifier;
        }

        @Override
        public String name() {
            return definition.name();
        }

        @Override
        public Optional<HttpResponse> authorize(RequestScope scope) {
            String token = identity(scope, definition.identitySources().get(0));
            List<String> scopes =
                    scope.route().prepared().definition().methodRequest().authorizationScopes();
            JwtVerification verification = verifier.verify(token, scopes, scope.receivedAt());
            if (verification instanceof JwtVerification.Invalid invalid) {
                scope.log("JWT authorizer " + name() + " refused the token: " + invalid.wwwAuthenticate());
                boolean forbidden = invalid.statusCode() == 403;
                scope.authorizerCall(new RecordedAuthorizerCall(
                        name(), null, null, false, null, forbidden ? Decision.DENIED : Decision.UNAUTHORIZED));
                return Optional.of(scope.gatewayResponse(Problem.challenged(
                        forbidden ? GatewayError.ACCESS_DENIED : GatewayError.UNAUTHORIZED,
                        invalid.wwwAuthenticate())));
            }
            JwtVerification.Valid valid = (JwtVerification.Valid) verification;
            Map<String, Object> jwt = new LinkedHashMap<>();
            jwt.put("claims", valid.eventClaims());
            jwt.put("scopes", valid.eventScopes().orElse(null));
            // Payload 1.0 gets the claims and scopes REST-style [UNCERTAIN]
            // (docs/behavior.md#uncertain-jwt-and-cognito).
            scope.context(scope.context()
                    .withAuthorizer(HttpProxyIntegration.sendsPayloadV2(scope) ? Map.of("jwt", jwt) : jwt));
            String subject = valid.eventClaims().get("sub");
            scope.log("JWT authorizer " + name() + " accepted the token of " + subject);
            scope.authorizerCall(new RecordedAuthorizerCall(name(), null, null, false, subject, Decision.ALLOWED));
            return Optional.empty();
        }

        // $request.header.<name> (any case) or $request.querystring.<name> (docs/behavior.md#http-api-jwt-authorizers).
        private static String identity(RequestScope scope, String source) {
            if (source.startsWith("$request.header.")) {
                return scope.request()
                        .headers()
                        .first(source.substring("$request.header.".length()))
                        .orElse(null);
            }
            List<String> values = QueryString.parse(scope.request().rawQuery().orElse(null))
                    .get(source.substring("$request.querystring.".length()));
            return values == null ? null : String.join(",", values);
        }
    }

    /**
     * A REST Cognito user pool authorizer (docs/behavior.md#rest-cognito-user-pool-authorizers,
     * #cognito-claims-in-events): every refusal is 401 Unauthorized; an accepted token passes its claims on as
     * {@code requestContext.authorizer.claims}.
     */
    static final class Cognito implements RouteAuthorizer {

        private final AuthorizerDefinition definition;
        private final CognitoVerifier verifier;

        Cognito(AuthorizerDefinition definition, CognitoVerifier verifier) {
            this.definition = definition;
            this.verifier = verifier;
        }

        @Override
        public String name() {
            return definition.name();
        }

        @Override
        public Optional<HttpResponse> authorize(RequestScope scope) {
            String header = definition.identitySources().get(0).substring("method.request.header.".length());
            List<String> values = scope.request().headers().all(header);
            String token = values.isEmpty() ? null : values.get(values.size() - 1);
            List<String> scopes =
                    scope.route().prepared().definition().methodRequest().authorizationScopes();
            CognitoVerification verification = verifier.verify(token, scopes, scope.receivedAt());
            if (verification instanceof CognitoVerification.Invalid invalid) {
                scope.log("Cognito authorizer " + name() + " refused the token: " + invalid.reason());
                scope.authorizerCall(
                        new RecordedAuthorizerCall(name(), null, null, false, null, Decision.UNAUTHORIZED));
                return Optional.of(scope.gatewayResponse(GatewayError.UNAUTHORIZED));
            }
            Map<String, String> claims = ((CognitoVerification.Valid) verification).eventClaims();
            scope.context(scope.context().withAuthorizer(Map.of("claims", claims)));
            scope.log("Cognito authorizer " + name() + " accepted the token of " + claims.get("sub"));
            scope.authorizerCall(
                    new RecordedAuthorizerCall(name(), null, null, false, claims.get("sub"), Decision.ALLOWED));
            return Optional.empty();
        }
    }
}
