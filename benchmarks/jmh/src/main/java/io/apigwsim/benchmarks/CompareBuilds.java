package io.apigwsim.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The request benchmarks' ratios for several builds of apigw-sim at once, in one JVM: each build is loaded in a class
 * loader of its own (with the benchmark classes and every other dependency of this class path), and the builds take
 * turns block by block, each block followed by a floor block, as {@link InterleavedRatios} does for one build. A
 * change is then measured against the code before it under the same background load, which on a shared machine moves
 * more than most changes do. Prints, per request kind, the median floor over all blocks and each build's median time
 * and ratio with its quartiles.
 *
 * <p>Arguments: the number of blocks, the request kinds ({@code rest,http,custom}), then one {@code name=directory}
 * per build, the directory holding that build's classes or jar (for example a copy of {@code target/classes} made
 * before a change):
 *
 * <pre>
 * cp -r target/classes /tmp/before   # then change the code
 * mvn -f benchmarks/pom.xml verify -DskipTests -Dbenchmark.main=io.apigwsim.benchmarks.CompareBuilds \
 *     -Dbenchmark.args="20 rest,http,custom before=/tmp/before after=$PWD/target/classes"
 * </pre>
 */
public final class CompareBuilds {

    private static final int WARM_UP_BLOCKS = 6;
    private static final int OPERATIONS_PER_BLOCK = 10_000;

    private CompareBuilds() {}

    private record Build(
            String name, ClassLoader loader, MethodHandle request, MethodHandle floor, MethodHandle tearDown) {}

    public static void main(String[] args) throws Throwable {
        int blocks = Integer.parseInt(args[0]);
        List<String> kinds = List.of(args[1].split(","));
        List<String> builds = List.of(args).subList(2, args.length);
        List<URL> shared = classPathWithoutApigwSim();
        System.out.println("load average " + loadAverage());
        for (String kind : kinds) {
            List<Build> loaded = new ArrayList<>();
            for (String build : builds) {
                String[] nameAndPath = build.split("=", 2);
                loaded.add(load(nameAndPath[0], Path.of(nameAndPath[1]), shared, kind));
            }
            report(kind, blocks, loaded);
            for (Build build : loaded) {
                Thread.currentThread().setContextClassLoader(build.loader());
                build.tearDown().invoke();
            }
        }
        System.out.println("load average " + loadAverage());
    }

    private static void report(String kind, int blocks, List<Build> builds) throws Throwable {
        double[][] requestMicros = new double[builds.size()][blocks];
        double[] floorMicros = new double[blocks * builds.size()];
        for (int block = -WARM_UP_BLOCKS; block < blocks; block++) {
            for (int b = 0; b < builds.size(); b++) {
                Thread.currentThread().setContextClassLoader(builds.get(b).loader());
                double request = microsPerOperation(builds.get(b).request());
                double floor = microsPerOperation(builds.get(b).floor());
                if (block >= 0) {
                    requestMicros[b][block] = request;
                    floorMicros[block * builds.size() + b] = floor;
                }
            }
        }
        Arrays.sort(floorMicros);
        double floor = floorMicros[floorMicros.length / 2];
        StringBuilder line = new StringBuilder(String.format("%-6s floor %6.2f us", kind, floor));
        for (int b = 0; b < builds.size(); b++) {
            double[] times = requestMicros[b];
            Arrays.sort(times);
            line.append(String.format(
                    " | %s %6.2f us %5.2fx (quartiles %5.2fx %5.2fx)",
                    builds.get(b).name(),
                    times[blocks / 2],
                    times[blocks / 2] / floor,
                    times[blocks / 4] / floor,
                    times[3 * blocks / 4] / floor));
        }
        System.out.println(line);
    }

    private static Build load(String name, Path classes, List<URL> shared, String kind) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        urls.addAll(shared);
        ClassLoader loader = new URLClassLoader(name, urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        String benchmark =
                switch (kind) {
                    case "rest" -> "RestProxyBenchmark";
                    case "http" -> "HttpApiBenchmark";
                    case "custom" -> "CustomIntegrationBenchmark";
                    default -> throw new IllegalArgumentException("unknown request kind " + kind);
                };
        // Velocity loads its parts through the context class loader: it must find this build's copy.
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> type = loader.loadClass("io.apigwsim.benchmarks." + benchmark);
        Object instance = type.getConstructor().newInstance();
        type.getMethod("setUp").invoke(instance);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        return new Build(
                name,
                loader,
                lookup.unreflect(type.getMethod("gatewayRequest")).bindTo(instance),
                lookup.unreflect(type.getMethod(kind.equals("custom") ? "requestFloor" : "floor"))
                        .bindTo(instance),
                lookup.unreflect(type.getMethod("tearDown")).bindTo(instance));
    }

    // This class path minus the entry apigw-sim itself comes from: each build brings its own.
    private static List<URL> classPathWithoutApigwSim() throws Exception {
        Path apigwSim = Path.of(Class.forName("io.apigwsim.ApiGateway")
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (!path.equals(apigwSim.toAbsolutePath())) {
                urls.add(path.toUri().toURL());
            }
        }
        return urls;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException | UnsupportedOperationException notLinux) {
            return "unknown";
        }
    }

    private static double microsPerOperation(MethodHandle operation) throws Throwable {
        Object sink = null;
        long start = System.nanoTime();
        for (int i = 0; i < OPERATIONS_PER_BLOCK; i++) {
            sink = operation.invoke();
        }
        long elapsed = System.nanoTime() - start;
        if (sink == null) {
            throw new IllegalStateException("an operation returned nothing");
        }
        return elapsed / 1000.0 / OPERATIONS_PER_BLOCK;
    }
}
