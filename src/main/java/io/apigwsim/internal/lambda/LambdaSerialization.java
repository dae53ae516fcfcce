package io.apigwsim.internal.lambda;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the serializer the Java runtime would pick for a type: the Lambda event serializers for the
 * aws-lambda-java-events classes, the runtime's Jackson factory for everything else, as the runtime's
 * {@code EventHandlerLoader.getSerializer} does (docs/behavior.md#java-handlers-and-serialization).
 */
public final class LambdaSerialization {

    private static final Map<Type, PojoSerializer<Object>> SERIALIZERS = new ConcurrentHashMap<>();

    private LambdaSerialization() {}

    /** Return the runtime's serializer for the type; cached, and safe to share between threads. */
    public static PojoSerializer<Object> serializerFor(Type type) {
        return SERIALIZERS.computeIfAbsent(type, LambdaSerialization::create);
    }

    /** Read JSON into the type as the runtime would hand it to a handler. */
    public static Object read(String json, Type type) {
        return serializerFor(type).fromJson(json);
    }

    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> create(Type type) {
        if (type instanceof Class<?> clazz && LambdaEventSerializers.isLambdaSupportedEvent(clazz.getName())) {
            return LambdaEventSerializers.serializerFor((Class<Object>) clazz, clazz.getClassLoader());
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }
}
