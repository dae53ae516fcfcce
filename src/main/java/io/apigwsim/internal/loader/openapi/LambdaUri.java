package io.apigwsim.internal.loader.openapi;

import io.apigwsim.internal.loader.node.Node;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Lambda function an integration or authorizer URI names: {@code
 * arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations}, where the function ARN
 * may carry an alias or version and {@code ${stageVariables.name}} placeholders
 * (docs/behavior.md#definition-lambda-uri).
 */
public final class LambdaUri {

    private static final Pattern INVOCATION_URI =
            Pattern.compile("arn:aws[a-z-]*:apigateway:[a-z0-9-]+:lambda:path/2015-03-31/functions/(.+)/invocations");
    private static final Pattern FUNCTION_ARN = Pattern.compile(
            "arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:([A-Za-z0-9_-]{1,140})(:[A-Za-z0-9$_-]+)?");
    private static final Pattern STAGE_VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([A-Za-z0-9_]+)}");

    private LambdaUri() {}

    /**
     * The name of the function a URI invokes, after putting in the stage's variables.
     *
     * @param uri the URI as the definition writes it
     * @param stageVariables the stage's variables
     * @param what what the URI belongs to, for messages
     * @return the function name, without alias or version
     */
    public static String functionName(Node uri, Map<String, String> stageVariables, String what) {
        String text = uri.asText(what);
        Matcher variable = STAGE_VARIABLE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String value = stageVariables.get(variable.group(1));
            if (value == null) {
                throw uri.location()
                        .error(what + " uses ${stageVariables." + variable.group(1) + "}, which the stage"
                                + " does not define (stage variables: " + stageVariables.keySet()
                                + "); API Gateway would"
                                + " answer every request to it with 500 Internal server error. Define the variable, for"
                                + " example .stageVariable(\"" + variable.group(1) + "\", \"...\")");
            }
            variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        variable.appendTail(resolved);
        Matcher invocation = INVOCATION_URI.matcher(resolved);
        if (!invocation.matches()) {
            throw uri.location()
                    .error(
                            what + " \"" + text + "\" is not a Lambda invocation URI; write"
                                    + " arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{function ARN}/invocations");
        }
        Matcher function = FUNCTION_ARN.matcher(invocation.group(1));
        if (!function.matches()) {
            throw uri.location()
                    .error(what + " names the function \"" + invocation.group(1) + "\", which is not a"
                            + " Lambda function ARN such as arn:aws:lambda:us-east-1:123456789012:function:Pets");
        }
        return function.group(1);
    }
}
