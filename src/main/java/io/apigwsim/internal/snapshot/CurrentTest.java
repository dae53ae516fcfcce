package io.apigwsim.internal.snapshot;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which test is taking snapshots, and how many it has taken. The JUnit extension enters each test on the thread that
 * runs it and leaves it afterwards; elsewhere the calling test method is found on the stack.
 */
public final class CurrentTest {

    // The test a thread is running; JUnit runs a test method on the thread of its before- and after-callbacks.
    private static final ThreadLocal<CurrentTest> RUNNING = new ThreadLocal<>();

    private static final Pattern INVOCATION_SEGMENT =
            Pattern.compile("\\[(test-template-invocation|dynamic-test|dynamic-container):#(\\d+)]");

    private static final String TESTABLE = "org.junit.platform.commons.annotation.Testable";
    private static final String TEST_TEMPLATE = "org.junit.jupiter.api.TestTemplate";
    private static final String TEST_FACTORY = "org.junit.jupiter.api.TestFactory";

    private final String directory;
    private final String baseName;
    private final boolean knowsInvocations;
    private final Set<String> names = new HashSet<>();
    private int unnamed;

    private CurrentTest(String directory, String baseName, boolean knowsInvocations) {
        this.directory = directory;
        this.baseName = baseName;
        this.knowsInvocations = knowsInvocations;
    }

    /**
     * Enter a test on the current thread.
     *
     * @param testClass the test's class
     * @param methodName the test method's name
     * @param uniqueId JUnit's unique id of the test, which tells the invocations of a parameterized or repeated test
     *     apart
     */
    public static void enter(Class<?> testClass, String methodName, String uniqueId) {
        StringBuilder base = new StringBuilder(methodName);
        Matcher invocations = INVOCATION_SEGMENT.matcher(uniqueId);
        while (invocations.find()) {
            base.append('[').append(invocations.group(2)).append(']');
        }
        RUNNING.set(new CurrentTest(directoryOf(testClass), base.toString(), true));
    }

    /** Leave the current thread's test. */
    public static void leave() {
        RUNNING.remove();
    }

    /** The test running on this thread, or the test method that is calling, found on the stack. */
    static Optional<CurrentTest> find() {
        CurrentTest running = RUNNING.get();
        if (running != null) {
            return Optional.of(running);
        }
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.map(frame -> fromFrame(frame.getDeclaringClass(), frame.getMethodName()))
                        .flatMap(Optional::stream)
                        .findFirst());
    }

    private static Optional<CurrentTest> fromFrame(Class<?> type, String methodName) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(methodName) && isTest(method)) {
                return Optional.of(new CurrentTest(directoryOf(type), methodName, !runsSeveralTimes(method)));
            }
        }
        return Optional.empty();
    }

    private static boolean isTest(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.equals("org.junit.Test")
                    || name.equals("org.testng.annotations.Test")
                    || isMetaAnnotated(annotation.annotationType(), TESTABLE, 3)) {
                return true;
            }
        }
        return false;
    }

    // @ParameterizedTest, @RepeatedTest, @TestFactory and other templates: one method, several invocations.
    private static boolean runsSeveralTimes(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            Class<? extends Annotation> type = annotation.annotationType();
            if (type.getName().equals(TEST_FACTORY)
                    || type.getName().equals(TEST_TEMPLATE)
                    || isMetaAnnotated(type, TEST_TEMPLATE, 3)) {
                return true;
            }
        }
        return false;
    }

    // By name, so that snapshots work without JUnit on the class path; @ParameterizedTest is @Testable two levels up.
    private static boolean isMetaAnnotated(Class<? extends Annotation> type, String name, int depth) {
        if (depth == 0) {
            return false;
        }
        for (Annotation meta : type.getAnnotations()) {
            Class<? extends Annotation> metaType = meta.annotationType();
            if (metaType.getName().equals(name)) {
                return true;
            }
            if (!metaType.getName().startsWith("java.lang.annotation.") && isMetaAnnotated(metaType, name, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /** A test class's directory: its name without the package, nested classes joined with ".". */
    static String directoryOf(Class<?> testClass) {
        String name = testClass.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    String directory() {
        return directory;
    }

    String describe() {
        return directory + "." + baseName;
    }

    /**
     * The file name of this test's next snapshot: {@code method.json}, then {@code method.2.json} and so on, or
     * {@code method.name.json} for a named one.
     *
     * @throws IllegalStateException when a name is taken twice, or an unnamed snapshot cannot tell invocations apart
     */
    synchronized String nextFileName(Optional<String> name) {
        if (name.isPresent()) {
            if (!names.add(name.get())) {
                throw new IllegalStateException("Test " + describe() + " already took a snapshot named \"" + name.get()
                        + "\"; give each snapshot of a test its own name");
            }
            return baseName + "." + name.get() + ".json";
        }
        if (!knowsInvocations) {
            throw new IllegalStateException("Test " + describe() + " runs several times, and outside @ApiGatewayTest"
                    + " its invocations cannot be told apart: name the snapshot after the invocation's arguments, as"
                    + " in matchesSnapshot(\"dog\"), or register the extension with @ApiGatewayTest");
        }
        unnamed++;
        return baseName + (unnamed == 1 ? "" : "." + unnamed) + ".json";
    }
}
