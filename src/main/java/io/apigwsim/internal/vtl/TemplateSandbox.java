package io.apigwsim.internal.vtl;

import java.lang.reflect.InvocationTargetException;
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
import org.apache.velocity.util.introspection.VelMethod;

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

    private static boolean isContainerType(Class<?> type) {
        return Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || Iterable.class.isAssignableFrom(type);
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
     * Velocity's introspection, restricted to what {@link TemplateSandbox#allows} lets through, with every method
     * call checked against the {@link RenderLimits}. Public only because Velocity creates it by its class name
     * ({@code introspector.uberspect.class}); out of reach of other packages because its enclosing class is
     * package-private.
     */
    public static final class Uberspector extends UberspectImpl {

        private RenderLimits limits;

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
            limits = (RenderLimits) rsvc.getApplicationAttribute(RenderLimits.class);
        }

        /** Iterate lists, maps, arrays and iterators only: anything else is not a collection a template has. */
        @Override
        public Iterator<?> getIterator(Object value, Info where) {
            return iterable(value) ? super.getIterator(value, where) : null;
        }

        /** Find an allowed method, checked against the limits each time it is called where it could break them. */
        @Override
        public VelMethod getMethod(Object receiver, String name, Object[] arguments, Info where) {
            VelMethod method = super.getMethod(receiver, name, arguments, where);
            return method == null ? null : CheckedMethod.of(method, receiver, limits);
        }
    }

    /**
     * A method call checked against the {@link RenderLimits} where it could break them: a string result over the
     * value limit, {@code repeat} that would build one, a list or map too large to pass, call or grow. Velocity
     * caches a method for the receiver's class, so what to check is decided once, when the method is found.
     */
    private static final class CheckedMethod implements VelMethod {

        private final VelMethod method;
        private final RenderLimits limits;
        private final boolean repeat;
        private final boolean containerReceiver;
        private final boolean containerArguments;
        private final boolean textResult;
        private final boolean grows;

        private CheckedMethod(
                VelMethod method,
                RenderLimits limits,
                boolean repeat,
                boolean containerReceiver,
                boolean containerArguments,
                boolean textResult,
                boolean grows) {
            this.method = method;
            this.limits = limits;
            this.repeat = repeat;
            this.containerReceiver = containerReceiver;
            this.containerArguments = containerArguments;
            this.textResult = textResult;
            this.grows = grows;
        }

        static VelMethod of(VelMethod method, Object receiver, RenderLimits limits) {
            Method target = method.getMethod();
            String name = target.getName();
            // String.repeat allocates its whole result before a check after the call could see it.
            boolean repeat = receiver instanceof String && name.equals("repeat");
            // A Velocity range such as [1..2000000000] is a list that costs nothing until printed or copied.
            boolean containerReceiver = receiver instanceof Collection || receiver instanceof Map;
            boolean containerArguments =
                    Arrays.stream(target.getParameterTypes()).anyMatch(TemplateSandbox::isContainerType);
            boolean textResult = CharSequence.class.isAssignableFrom(target.getReturnType());
            boolean grows = containerReceiver && (name.equals("addAll") || name.equals("putAll"));
            if (!repeat && !containerReceiver && !containerArguments && !textResult) {
                return method;
            }
            return new CheckedMethod(method, limits, repeat, containerReceiver, containerArguments, textResult, grows);
        }

        @Override
        public Object invoke(Object receiver, Object[] arguments)
                throws IllegalAccessException, InvocationTargetException {
            if (containerReceiver) {
                limits.checkElements(receiver, null);
            }
            if (containerArguments) {
                for (Object argument : arguments) {
                    limits.checkElements(argument, null);
                }
            }
            if (repeat && arguments.length == 1 && arguments[0] instanceof Number count) {
                limits.checkLength((long) ((String) receiver).length() * Math.max(0, count.longValue()), null);
            }
            Object result = method.invoke(receiver, arguments);
            if (textResult) {
                limits.checkValue(result, null);
            }
            if (grows) {
                limits.checkElements(receiver, null);
            }
            return result;
        }

        @Override
        public boolean isCacheable() {
            return method.isCacheable();
        }

        @Override
        public String getMethodName() {
            return method.getMethodName();
        }

        @Override
        public Method getMethod() {
            return method.getMethod();
        }

        @Override
        public Class<?> getReturnType() {
            return method.getReturnType();
        }

        @Override
        public String toString() {
            return "checked " + method.getMethod();
        }
    }
}
