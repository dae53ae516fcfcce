package io.apigwsim.internal.server;

/**
 * Netty is an optional dependency: a test that only sends requests in-process never needs an HTTP server. Serving on a
 * port checks for it first, so that a missing or too old Netty fails with the line to add instead of a
 * {@code NoClassDefFoundError}.
 */
final class NettyRequirement {

    /** The Netty line apigw-sim is built and tested with. */
    static final String VERSION = "4.2.20.Final";

    private static final String DEPENDENCY = "<dependency><groupId>io.netty</groupId>"
            + "<artifactId>netty-codec-http</artifactId><version>" + VERSION + "</version>"
            + "<scope>test</scope></dependency>";

    private NettyRequirement() {}

    /**
     * Fail unless the class loader sees Netty's HTTP codec, at 4.2 or later.
     *
     * @throws IllegalStateException naming the dependency to add
     */
    static void check(ClassLoader loader) {
        if (!present("io.netty.handler.codec.http.HttpRequestDecoder", loader)) {
            throw new IllegalStateException("ApiGateway.start() serves the API through Netty, which is not on the"
                    + " class path: apigw-sim declares it optional, so add io.netty:netty-codec-http " + VERSION
                    + " to your test dependencies (Maven: " + DEPENDENCY + "; Gradle: testImplementation"
                    + " \"io.netty:netty-codec-http:" + VERSION + "\")");
        }
        if (!present("io.netty.channel.MultiThreadIoEventLoopGroup", loader)) {
            throw new IllegalStateException("ApiGateway.start() needs Netty 4.2 or later, but the class path holds an"
                    + " older Netty (4.1 or before, perhaps brought in by another library): add"
                    + " io.netty:netty-codec-http " + VERSION + " to your test dependencies, or manage every"
                    + " io.netty module to " + VERSION + " with the io.netty:netty-bom");
        }
    }

    private static boolean present(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
