package io.apigwsim.internal.routing;

/**
 * Thrown when a route declaration is invalid.
 *
 * <p>The message states the rule and the fix but not who declared the route; the caller prefixes that, for example
 * {@code @Route on class X has path "pets/{id}": }.
 */
public final class InvalidRouteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Create the exception with a message that states the rule and the fix.
     *
     * @param message the rule and the fix, without the place of the declaration
     */
    public InvalidRouteException(String message) {
        super(message);
    }
}
