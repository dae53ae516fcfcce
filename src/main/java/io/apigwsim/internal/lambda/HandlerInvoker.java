package io.apigwsim.internal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigwsim.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Calls one user handler the way the Java Lambda runtime's {@code EventHandlerLoader} does
 * (docs/behavior.md#java-handlers-and-serialization): a {@code RequestStreamHandler} gets the event
 * bytes; a {@code RequestHandler<I, O>} gets the event read into {@code I} and its result written from
 * {@code O} by the runtime's serializers.
 */
public final class HandlerInvoker {

    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final String EVENTS_PACKAGE = "com.amazonaws.services.lambda.runtime.events.";

    private final Object handler;
    private final Type inputType;
    private final Type outputType;

    private HandlerInvoker(Object handler, Type inputType, Type outputType) {
        this.handler = handler;
        this.inputType = inputType;
        this.outputType = outputType;
    }

    /**
     * Check the handler and prepare its serializers.
     *
     * @param handler the user's handler instance
     * @param declaredType the declared type of the handler where its class leaves the event types open
     *     (a Mockito mock), or empty
     * @param eventClass the aws-lambda-java-events class that models the event this handler receives, or
     *     {@code null} when the event is whatever a mapping template renders, which any input type may hold
     * @param eventName how to call the event in messages, such as "the REST API proxy event"
     * @throws InvalidHandlerException when the runtime could not call the handler with this event
     */
    public static HandlerInvoker create(
            Object handler, Optional<Type> declaredType, Class<?> eventClass, String eventName) {
        Class<?> handlerClass = handler.getClass();
        if (handler instanceof RequestStreamHandler) {
            return new HandlerInvoker(handler, null, null);
        }
        if (!(handler instanceof RequestHandler<?, ?>)) {
            throw new InvalidHandlerException("implements neither RequestHandler nor RequestStreamHandler; implement"
                    + (eventClass == null
                            ? " RequestHandler<YourInput, YourOutput>"
                            : " RequestHandler<" + eventClass.getSimpleName() + ", APIGatewayProxyResponseEvent>")
                    + " or RequestStreamHandler");
        }
        Optional<Type[]> arguments = HandlerTypes.requestHandlerArguments(handlerClass);
        if (arguments.isEmpty() && declaredType.isPresent()) {
            arguments = HandlerTypes.requestHandlerArguments(declaredType.get());
        }
        if (arguments.isEmpty()) {
            throw new InvalidHandlerException("does not implement RequestHandler with concrete type parameters,"
                    + " so the Lambda runtime cannot tell which type to read the event into; declare them, for"
                    + " example RequestHandler<"
                    + (eventClass == null ? "Map<String, Object>" : eventClass.getSimpleName())
                    + ", APIGatewayProxyResponseEvent> (for a Mockito mock, declare the @Mock field with that"
                    + " generic type, or pass it with Integration.lambdaProxy(mock).handlerType(type))");
        }
        Type input = arguments.get()[0];
        if (eventClass != null) {
            checkInputType(input, eventClass, eventName);
        }
        Type output = arguments.get()[1];
        LambdaSerialization.serializerFor(input);
        if (!isVoid(output)) {
            LambdaSerialization.serializerFor(output);
        }
        return new HandlerInvoker(handler, input, output);
    }

    private static void checkInputType(Type input, Class<?> eventClass, String eventName) {
        Class<?> raw = HandlerTypes.rawClass(input);
        String advice = "; take " + eventClass.getSimpleName() + ", Map<String, Object> or a class of your own"
                + " with fields for the event's keys";
        if (raw == Object.class || Map.class.isAssignableFrom(raw) || raw == eventClass) {
            return;
        }
        boolean scalar = raw.isPrimitive()
                || raw == String.class
                || CharSequence.class.isAssignableFrom(raw)
                || Number.class.isAssignableFrom(raw)
                || raw == Boolean.class
                || raw == Character.class
                || raw.isEnum();
        if (scalar || raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            throw new InvalidHandlerException("takes " + HandlerTypes.describe(input) + ", which cannot hold "
                    + eventName + " (a JSON object)" + advice);
        }
        if (raw.getName().startsWith(EVENTS_PACKAGE)) {
            throw new InvalidHandlerException("takes " + raw.getSimpleName() + ", but this route sends " + eventName
                    + ", which the runtime reads as " + eventClass.getSimpleName() + advice);
        }
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            throw new InvalidHandlerException("takes " + HandlerTypes.describe(input)
                    + ", an abstract type the Lambda runtime cannot create" + advice);
        }
    }

    private static boolean isVoid(Type type) {
        return type == void.class || type == Void.class;
    }

    /**
     * Invoke the handler with the event and wait for it until the integration timeout (or the function's own
     * timeout, whichever comes first).
     *
     * <p>The handler runs on one of the gateway's function threads while the calling thread waits, so the wait ends
     * at the timeout whatever the handler does: a handler that ignores interrupts, blocks on a lock or in a socket
     * read, or never returns keeps running on its own thread, as a function keeps running on Lambda after API Gateway
     * stopped waiting (docs/behavior.md#functions-still-running-at-the-timeout). Lambda stops it at its function timeout: the
     * simulator interrupts it then.
     *
     * @param event the event JSON
     * @param awsRequestId the Lambda request id, distinct from API Gateway's request id
     * @param xrayTraceId the trace header the function sees
     * @param function the function configuration the context reports
     * @param integrationTimeout how long API Gateway waits
     * @param threads the gateway's function threads
     * @return what the invocation produced
     */
    Invocation invoke(
            byte[] event,
            String awsRequestId,
            String xrayTraceId,
            FunctionSettings function,
            Duration integrationTimeout,
            FunctionThreads threads) {
        long start = System.nanoTime();
        long functionTimeoutNanos = function.functionTimeout().toNanos();
        CollectingLogger logger = new CollectingLogger();
        Context context =
                new SimulatedContext(function, awsRequestId, xrayTraceId, start + functionTimeoutNanos, logger);
        boolean functionTimesOutFirst = functionTimeoutNanos <= integrationTimeout.toNanos();
        long waitNanos = Math.min(functionTimeoutNanos, integrationTimeout.toNanos());
        HandlerCall call = new HandlerCall(() -> call(event, context));
        // On Lambda the function runs in a process of its own: it starts without the caller's interrupt, which the
        // caller keeps, and an interrupt it sets on itself stays on its own thread.
        boolean callerInterrupted = Thread.interrupted();
        boolean finished;
        try {
            threads.start(call);
            finished = call.await(start + waitNanos, threads);
        } finally {
            if (callerInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (!finished) {
            if (functionTimesOutFirst) {
                call.interruptHandler();
                return new Invocation(
                        Invocation.Outcome.FUNCTION_ERROR,
                        timeoutPayload(awsRequestId, function.functionTimeout()),
                        logger.entries(),
                        null,
                        awsRequestId,
                        since(start));
            }
            Future<?> stop = threads.schedule(call::interruptHandler, start + functionTimeoutNanos - System.nanoTime());
            if (stop != null) {
                call.stopAtFunctionTimeout(stop);
            }
            return new Invocation(
                    Invocation.Outcome.INTEGRATION_TIMEOUT,
                    new byte[0],
                    logger.entries(),
                    null,
                    awsRequestId,
                    since(start));
        }
        Throwable failure = call.failure();
        if (failure != null) {
            return new Invocation(
                    Invocation.Outcome.FUNCTION_ERROR,
                    LambdaErrorObject.of(failure, awsRequestId),
                    logger.entries(),
                    failure,
                    awsRequestId,
                    since(start));
        }
        return new Invocation(
                Invocation.Outcome.SUCCESS, call.result(), logger.entries(), null, awsRequestId, since(start));
    }

    private static long since(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] call(byte[] event, Context context) throws Exception {
        if (inputType == null) {
            ByteArrayOutputStream output = new ByteArrayOutputStream(256);
            ((RequestStreamHandler) handler).handleRequest(new ByteArrayInputStream(event), output, context);
            return output.toByteArray();
        }
        Object input;
        try {
            input = LambdaSerialization.serializerFor(inputType).fromJson(new ByteArrayInputStream(event));
        } catch (Throwable t) {
            throw new RuntimeException("An error occurred during JSON parsing", t);
        }
        Object result = ((RequestHandler) handler).handleRequest(input, context);
        if (isVoid(outputType)) {
            return JSON_NULL.clone();
        }
        try {
            PojoSerializer<Object> serializer = LambdaSerialization.serializerFor(outputType);
            ByteArrayOutputStream output = new ByteArrayOutputStream(256);
            serializer.toJson(result, output);
            return output.toByteArray();
        } catch (Throwable t) {
            throw new RuntimeException("An error occurred during JSON serialization of response", t);
        }
    }

    // Lambda's answer when a function runs past its own timeout.
    private static byte[] timeoutPayload(String awsRequestId, Duration functionTimeout) {
        ObjectNode error = Json.mapper().createObjectNode();
        error.put("errorType", "Sandbox.Timedout");
        error.put(
                "errorMessage",
                "RequestId: " + awsRequestId + " Error: Task timed out after "
                        + String.format(Locale.ROOT, "%.2f", functionTimeout.toMillis() / 1000.0) + " seconds");
        return Json.write(error);
    }
}
