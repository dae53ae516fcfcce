package io.apigwsim.internal.lambda;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.apigwsim.internal.json.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The error object Lambda answers for a handler that threw: what the Java runtime reports for the throwable
 * (docs/behavior.md#lambda-function-errors), or, when the throwable cannot be read (its message or stack trace fails),
 * the runtime's crash (docs/behavior.md#java-runtime-crashes).
 */
final class LambdaErrorObject {

    private LambdaErrorObject() {}

    /**
     * The error object for {@code failure}.
     *
     * @param failure what the handler threw
     * @param awsRequestId the invocation's Lambda request id, which a runtime crash reports
     */
    static byte[] of(Throwable failure, String awsRequestId) {
        String type = failure.getClass().getName();
        String message;
        StackTraceElement[] frames;
        try {
            if (!readable(failure, Collections.newSetFromMap(new IdentityHashMap<>()))) {
                return runtimeExit(awsRequestId);
            }
            message = failure.getLocalizedMessage();
            frames = failure.getStackTrace();
        } catch (Throwable unreadable) {
            return runtimeExit(awsRequestId);
        }
        // The runtime reports errorMessage (the class name when the message is null), errorType and stackTrace, as
        // its LambdaErrorConverter.fromThrowable does (docs/behavior.md#lambda-function-errors).
        ObjectNode error = Json.mapper().createObjectNode();
        error.put("errorMessage", message == null ? type : message);
        error.put("errorType", type);
        ArrayNode trace = error.putArray("stackTrace");
        for (StackTraceElement frame : userFrames(frames)) {
            trace.add(frame.toString());
        }
        return Json.write(error);
    }

    /**
     * Whether the runtime can report the throwable: it reads the message and the stack trace of the throwable, its
     * causes and its suppressed throwables (UserFault.filterStackTrace, makeUserFault) before it writes the error.
     */
    private static boolean readable(Throwable throwable, Set<Throwable> visited) {
        if (!visited.add(throwable)) {
            return true;
        }
        throwable.getLocalizedMessage();
        StackTraceElement[] frames = throwable.getStackTrace();
        if (frames == null || Arrays.asList(frames).contains(null)) {
            return false;
        }
        Throwable cause = throwable.getCause();
        if (cause != null && !readable(cause, visited)) {
            return false;
        }
        for (Throwable suppressed : throwable.getSuppressed()) {
            if (!readable(suppressed, visited)) {
                return false;
            }
        }
        return true;
    }

    // The runtime's frames are cut off, as its UserFault.filterStackTrace does.
    private static List<StackTraceElement> userFrames(StackTraceElement[] frames) {
        List<StackTraceElement> user = new ArrayList<>(frames.length);
        for (StackTraceElement frame : frames) {
            if (frame.getClassName().startsWith(HandlerInvoker.class.getName())) {
                break;
            }
            user.add(frame);
        }
        return user;
    }

    // The runtime reads the throwable while it reports it; when that throws, the exception leaves its loop, the
    // process exits with status 1, and Lambda answers Runtime.ExitError (docs/behavior.md#java-runtime-crashes).
    private static byte[] runtimeExit(String awsRequestId) {
        ObjectNode error = Json.mapper().createObjectNode();
        error.put("errorType", "Runtime.ExitError");
        error.put("errorMessage", "RequestId: " + awsRequestId + " Error: Runtime exited with error: exit status 1");
        return Json.write(error);
    }
}
