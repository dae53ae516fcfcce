package io.apigwsim.internal.pipeline;

/**
 * AssertJ is a provided dependency: apigw-sim uses the user's AssertJ, whichever version the project declares. An
 * {@code Exchange} is an AssertJ {@code AssertProvider}, so a gateway checks for AssertJ before it is built, and a
 * project without it fails with the line to add instead of a {@code NoClassDefFoundError}.
 */
public final class AssertjRequirement {

    /** The oldest AssertJ apigw-sim is compiled and tested against (the minimum-versions profile, compat/matrix.sh). */
    static final String MINIMUM = "3.21.0";

    /** The AssertJ apigw-sim is built with, offered as the line to add. */
    static final String VERSION = "3.27.7";

    private static final String DEPENDENCY = "<dependency><groupId>org.assertj</groupId>"
            + "<artifactId>assertj-core</artifactId><version>" + VERSION + "</version>"
            + "<scope>test</scope></dependency>";

    private AssertjRequirement() {}

    /**
     * Fail unless the class loader sees AssertJ.
     *
     * @throws IllegalStateException naming the dependency to add
     */
    public static void check(ClassLoader loader) {
        try {
            Class.forName("org.assertj.core.api.AssertProvider", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("apigw-sim's exchanges are AssertJ assertions, and AssertJ is not on the"
                    + " class path: apigw-sim uses your project's AssertJ (" + MINIMUM + " or newer), so add"
                    + " org.assertj:assertj-core to your test dependencies (Maven: " + DEPENDENCY + "; Gradle:"
                    + " testImplementation \"org.assertj:assertj-core:" + VERSION + "\")");
        }
    }
}
