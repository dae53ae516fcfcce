package io.apigwsim.internal.routing;

/**
 * The texts of invalid route declarations, written once. Each states the rule and a fix, and never who declared the
 * route: the caller prefixes that.
 */
final class RouteMessages {

    static final String METHODS = "ANY or one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";

    private RouteMessages() {}

    static String mustStartWithSlash(String example) {
        return "a path must start with \"/\", for example \"" + example + "\"";
    }

    static String trailingSlash(String example) {
        return "a path must not end with \"/\" (only the root path \"/\" does), for example \"" + example + "\"";
    }

    static String emptySegment(String example) {
        return "a path must not contain an empty segment (\"//\"), for example \"" + example + "\"";
    }

    static String controlCharacter(String character, int index, String example) {
        return "the path holds the control character " + character + " at index " + index
                + ", which no request path carries; remove it, for example \"" + example + "\"";
    }

    static String queryString(String example) {
        return "a path has no query string, and \"?\" would start one; declare \"" + example
                + "\" and send the query string with each request";
    }

    static String fragment(String example) {
        return "a client never sends the fragment after \"#\", so a path holding \"#\" never matches; declare \""
                + example + "\"";
    }

    static String invalidPathPart(String pathPart, String refused, String example) {
        return "path part \"" + pathPart + "\" holds \"" + refused + "\"; a resource path part holds only letters,"
                + " digits, \".\", \"_\", \"-\", \":\", \",\" and \"$\", or is a path variable such as {id};"
                + " for example \"" + example + "\"";
    }

    static String unbalancedBrace(String segment, String example) {
        return "\"" + segment + "\" has an unbalanced brace; write a path variable as a name in one pair of braces,"
                + " for example \"" + example + "\"";
    }

    static String wholeSegment(String example) {
        return "a path variable must be a whole segment, for example \"" + example + "\"";
    }

    static String emptyVariable(String segment, String example) {
        return "\"" + segment + "\" is a path variable without a name; name it, for example \"" + example + "\"";
    }

    static String invalidVariableName(String segment, String example) {
        return "\"" + segment + "\" has an invalid variable name; use only letters, digits, \".\", \"_\" and \"-\","
                + " for example \"" + example + "\"";
    }

    static String greedyNotLast(String pathPart, String example) {
        return "a greedy path variable " + pathPart + " must be the last segment, for example \"" + example + "\"";
    }

    static String duplicateVariable(String pathPart, String example) {
        return "the path variable " + pathPart + " appears twice; give each path variable its own name, for example \""
                + example + "\"";
    }

    static String methodNotUpperCase(String method, String upperCase) {
        return "method \"" + method + "\" must be upper case, for example \"" + upperCase + "\"";
    }

    static String unknownMethod(String method) {
        return "method \"" + method + "\" is not a REST API method; use " + METHODS;
    }

    static String duplicateRoute(String method, String path) {
        return method + " " + path + " is declared twice; declare each method of a resource once";
    }

    /** Two routes with different variable path parts under one parent; the AWS CreateResource text is quoted. */
    static String variableSiblings(
            String firstRoute, String secondRoute, String parentPath, String existing, String fix) {
        return firstRoute + " and " + secondRoute + " declare different path variables under \"" + parentPath
                + "\": A sibling (" + existing + ") of this resource already has a variable path part -- only one is"
                + " allowed; " + fix;
    }

    static String renameVariableFix(String existing, String example) {
        return "use " + existing + " at this position in every route, for example \"" + example + "\"";
    }

    static String keepOneVariableFix(String existing, String added, String parentPath) {
        return "declare either " + existing + " or " + added + " under \"" + parentPath
                + "\", or move one of the routes below a literal segment";
    }

    static String malformedRouteKey(String routeKey) {
        return "route key \"" + routeKey + "\" is not a method, one space and a path; write for example"
                + " \"GET /pets/{id}\" or \"$default\"";
    }

    static String unknownHttpMethod(String method) {
        return "method \"" + method + "\" is not an HTTP API route method; use " + METHODS;
    }

    static String duplicateRouteKey(String routeKey) {
        return routeKey + " is declared twice; declare each route once";
    }

    /** Two HTTP API route keys with different variable names at one position below the same path. */
    static String httpVariableSiblings(String firstRoute, String secondRoute, String parentPath, String fix) {
        return firstRoute + " and " + secondRoute + " declare different path variables under \"" + parentPath
                + "\"; an HTTP API allows one variable name at each position, so " + fix;
    }
}
