package io.apigwsim.internal.vtl;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.velocity.runtime.Renderable;
import org.apache.velocity.runtime.directive.ForeachScope;
import org.apache.velocity.runtime.directive.Scope;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.Introspector;
import org.apache.velocity.util.introspection.UberspectImpl;

/**
 * What a template may call (docs/behavior.md#vtl-sandbox). API Gateway's templates see {@code $input},
 * {@code $util}, {@code $context} and {@code $stageVariables}, and the strings, numbers, booleans, lists and maps
 * they hold, with those values' own Java methods. Velocity's default introspection lets a template call any public
 * method of anything it reaches, {@code getClass()} included, and from there load any class, read the environment
 * or run a program; this allow list lets through only:
 *
 * <ul>
 *   <li>every public method of {@code String}, {@code Character}, {@code Boolean} and the {@code java.lang} and
 *       {@code java.math} numbers, except {@code Integer.getInteger}, {@code Long.getLong} and
 *       {@code Boolean.getBoolean}, which read system properties;
 *   <li>the methods of {@code java.util.Map}, {@code List}, {@code Set}, {@code Collection}, {@code Map.Entry} and
 *       {@code Iterator}, on any of them (arrays count as lists), plus {@code $foreach}'s own;
 *   <li>the functions of {@code $input} and {@code $util} ({@link TemplateMembers});
 *   <li>{@code toString}, {@code equals} and {@code hashCode} of those, and of {@code #define} blocks.
 * </ul>
 *
 * <p>Never {@code getClass}, {@code wait} or {@code notify}, on anything. A call that is not allowed finds no method,
 * so it renders like a call to a method that does not exist: as nothing.
 */
final class TemplateSandbox {

    private static final Set<String> NEVER = Set.of("getClass", "wait", "notify", "notifyAll");

    private static final Set<String> READS_SYSTEM_PROPERTIES = Set.of("getInteger", "getLong", "getBoolean");

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "equals", "hashCode");

    private static final Set<Class<?>> VALUE_TYPES = Set.of(
            String.class,
            Character.class,
            Boolean.class,
            Byte.class,
            Short.class,
            Integer.class,
            Long.class,
            Float.class,
            Double.class,
            BigInteger.class,
            BigDecimal.class);

    private static final List<Class<?>> CONTAINER_TYPES =
            List.of(Map.class, Collection.class, Map.Entry.class, Iterator.class);

    private static final Set<String> CONTAINER_METHODS =
            publicMethods(Map.class, List.class, Set.class, Collection.class, Map.Entry.class, Iterator.class);

    private static final Set<String> INPUT_METHODS = publicMethods(TemplateMembers.Input.class);

    private static final Set<String> UTIL_METHODS = publicMethods(TemplateMembers.Util.class);

    // $foreach.index, .count, .hasNext, .first, .last, .parent, .topmost; not .info, which hands out the template.
    private static final Set<String> LOOP_METHODS = Stream.concat(
                    Arrays.stream(ForeachScope.class.getDeclaredMethods()),
                    Arrays.stream(Scope.class.getDeclaredMethods()))
            .filter(method -> Modifier.isPublic(method.getModifiers()))
            .map(Method::getName)
            .filter(name -> !name.equals("getInfo"))
            .collect(Collectors.toUnmodifiableSet());

    private TemplateSandbox() {}

    /** Whether a template may call the method {@code name} on a value of {@code type}. */
    static boolean allows(Class<?> type, String name) {
        if (NEVER.contains(name)) {
            return false;
        }
        if (VALUE_TYPES.contains(type)) {
            return !READS_SYSTEM_PROPERTIES.contains(name);
        }
        if (OBJECT_METHODS.contains(name)) {
            return isTemplateVariable(type) || isContainer(type) || Renderable.class.isAssignableFrom(type);
        }
        if (TemplateMembers.Input.class.isAssignableFrom(type)) {
            return INPUT_METHODS.contains(name);
        }
        if (TemplateMembers.Util.class.isAssignableFrom(type)) {
            return UTIL_METHODS.contains(name);
        }
        if (Scope.class.isAssignableFrom(type) && LOOP_METHODS.contains(name)) {
            return true;
        }
        return isContainer(type) && CONTAINER_METHODS.contains(name);
    }

    /** Whether a template may loop over {@code value} with {@code #foreach}. */
    static boolean iterable(Object value) {
        return value.getClass().isArray()
                || value instanceof Collection
                || value instanceof Map
                || value instanceof Iterator;
    }

    private static boolean isTemplateVariable(Class<?> type) {
        return TemplateMembers.Input.class.isAssignableFrom(type) || TemplateMembers.Util.class.isAssignableFrom(type);
    }

    private static boolean isContainer(Class<?> type) {
        for (Class<?> container : CONTAINER_TYPES) {
            if (container.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> publicMethods(Class<?>... types) {
        return Arrays.stream(types)
                .flatMap(type -> Arrays.stream(type.getMethods()))
                .map(Method::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Velocity's introspection, restricted to what {@link TemplateSandbox#allows} lets through. Public only because Velocity creates it by its class name
     * ({@code introspector.uberspect.class}); out of reach of other packages because its enclosing class is
     * package-private.
     */
    public static final class Uberspector extends UberspectImpl {

        /**
         * Set up the restricted introspector, after Velocity has handed over its runtime services. Velocity's
         * property, index and setter lookups go through the same method lookup, so they find nothing the sandbox
         * does not allow either.
         */
        @Override
        public void init() {
            introspector = new Introspector(log, conversionHandler) {
                @Override
                public Method getMethod(Class<?> type, String name, Object[] arguments) {
                    return allows(type, name) ? super.getMethod(type, name, arguments) : null;
                }
            };
        }

        /** Iterate lists, maps, arrays and iterators only: anything else is not a collection a template has. */
        @Override
        public Iterator<?> getIterator(Object value, Info where) {
            return iterable(value) ? super.getIterator(value, where) : null;
        }
    }
}
