package io.apigwsim.internal.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the concrete type arguments of {@code RequestHandler<I, O>} as the runtime's loader does. */
final class HandlerTypes {

    private HandlerTypes() {}

    /** The input and output types, or empty when the declaration leaves them open. */
    static Optional<Type[]> requestHandlerArguments(Type declared) {
        Type[] found = resolve(declared, new HashMap<>());
        if (found == null) {
            return Optional.empty();
        }
        for (Type argument : found) {
            if (argument instanceof TypeVariable<?>) {
                return Optional.empty();
            }
        }
        return Optional.of(found);
    }

    private static Type[] resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> local = new HashMap<>(bindings);
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                local.put(variables[i], substitute(arguments[i], bindings));
            }
        } else if (type instanceof Class<?> clazz) {
            raw = clazz;
        } else {
            return null;
        }
        if (raw == RequestHandler.class) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            return new Type[] {
                local.getOrDefault(variables[0], variables[0]), local.getOrDefault(variables[1], variables[1])
            };
        }
        for (Type superInterface : raw.getGenericInterfaces()) {
            Type[] found = resolve(superInterface, local);
            if (found != null) {
                return found;
            }
        }
        Type superClass = raw.getGenericSuperclass();
        return superClass == null ? null : resolve(superClass, local);
    }

    private static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return bindings.getOrDefault(variable, variable);
        }
        return type;
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> clazz) {
            return clazz;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    static String describe(Type type) {
        return type instanceof Class<?> clazz ? clazz.getName() : type.getTypeName();
    }
}
