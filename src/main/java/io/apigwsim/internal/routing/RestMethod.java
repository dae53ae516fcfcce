package io.apigwsim.internal.routing;

import java.util.Locale;

/** The methods a REST API resource can declare; {@link #ANY} stands for the seven others. */
enum RestMethod {
    ANY,
    GET,
    POST,
    PUT,
    PATCH,
    DELETE,
    HEAD,
    OPTIONS;

    /** Parse a declared method, which must be upper case. */
    static RestMethod parse(String method) {
        RestMethod parsed = ofRequest(method);
        if (parsed == null) {
            RestMethod upper = ofRequest(method.toUpperCase(Locale.ROOT));
            throw new InvalidRouteException(
                    InvalidRouteException.Part.METHOD,
                    upper == null
                            ? RouteMessages.unknownMethod(method)
                            : RouteMessages.methodNotUpperCase(method, upper.name()));
        }
        return parsed;
    }

    /** The method of a request, or {@code null} for one that no resource can declare ({@code ANY} included). */
    static RestMethod ofRequest(String method) {
        return switch (method) {
            case "ANY" -> ANY;
            case "GET" -> GET;
            case "POST" -> POST;
            case "PUT" -> PUT;
            case "PATCH" -> PATCH;
            case "DELETE" -> DELETE;
            case "HEAD" -> HEAD;
            case "OPTIONS" -> OPTIONS;
            default -> null;
        };
    }
}
