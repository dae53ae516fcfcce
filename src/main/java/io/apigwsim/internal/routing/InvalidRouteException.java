package io.apigwsim.internal.routing;

/**
 * Thrown when a route declaration is invalid.
 *
 * <p>The message states the rule and the fix but not who declared the route; the caller prefixes that, for example
 * {@code @Route on class X has path "pets/{id}": }.
 */
public final class InvalidRouteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which part of a declaration is invalid. */
    public enum Part {
        /** The resource path or route key of one route. */
        PATH,
        /** The method of one route. */
        METHOD,
        /** Two routes together: a duplicate or a conflict. */
        ROUTES
    }

    private final Part part;

    /**
     * Create the exception with a message that states the rule and the fix.
     *
     * @param part which part of the declaration is invalid
     * @param message the rule and the fix, without the place of the declaration
     */
    public InvalidRouteException(Part part, String message) {
        super(message);
        this.part = part;
    }

    /** Return which part of the declaration is invalid. */
    public Part part() {
        return part;
    }
}
