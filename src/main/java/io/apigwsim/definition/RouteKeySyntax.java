package io.apigwsim.definition;

import java.util.regex.Pattern;

/** The form of the route keys that name a method in throttle settings: a method, one space, a resource path. */
final class RouteKeySyntax {

    private static final Pattern ROUTE_KEY = Pattern.compile("[A-Z]+ /\\S*");

    private RouteKeySyntax() {}

    /**
     * Check a route key.
     *
     * @param owner what names the route key, such as {@code Usage plan "Gold"}
     * @return the route key
     */
    static String check(String owner, String routeKey) {
        if (routeKey == null || !ROUTE_KEY.matcher(routeKey).matches()) {
            throw new ApiDefinitionException(owner + ": \"" + routeKey + "\" is not a route key; write the upper-case"
                    + " method, one space and the resource path, for example \"GET /pets/{id}\"");
        }
        return routeKey;
    }
}
