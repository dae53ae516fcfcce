package io.apigwsim.internal.loader.node;

import java.util.Objects;

/**
 * A string, number, boolean or null, with its text as written in the file ({@code 2.0} stays {@code "2.0"}).
 *
 * @param location where it was read
 * @param text the text as written; {@code ""} for null
 * @param type what YAML 1.2's core schema (JSON's, for JSON files) makes of it
 */
public record ScalarNode(Location location, String text, Type type) implements Node {

    /** What a scalar is. */
    public enum Type {
        /** A string, quoted or plain. */
        STRING,
        /** An integer written without quotes. */
        INTEGER,
        /** A decimal number written without quotes. */
        FLOAT,
        /** {@code true} or {@code false} written without quotes. */
        BOOLEAN,
        /** {@code null}, {@code ~} or nothing. */
        NULL
    }

    /** Check the parts. */
    public ScalarNode {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** A string that the loader made, such as a resolved intrinsic function's value. */
    public static ScalarNode string(Location location, String text) {
        return new ScalarNode(location, text, Type.STRING);
    }

    @Override
    public String kind() {
        return switch (type) {
            case STRING -> "a string";
            case INTEGER, FLOAT -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
        };
    }

    /**
     * This value as an integer, written as a number or as a string of digits as CloudFormation allows.
     *
     * @param what what the value is, for the message
     * @param min the least value accepted
     * @param max the greatest value accepted
     * @return the value
     */
    public long asInteger(String what, long min, long max) {
        long value;
        try {
            if (type != Type.INTEGER && type != Type.STRING) {
                throw new NumberFormatException();
            }
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw location.error(what + " must be a whole number from " + min + " to " + max + ", not " + describe());
        }
        if (value < min || value > max) {
            throw location.error(what + " must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }

    /**
     * This value as a boolean, written {@code true}/{@code false} or as such a string.
     *
     * @param what what the value is, for the message
     * @return the value
     */
    public boolean asBoolean(String what) {
        if (type == Type.BOOLEAN || type == Type.STRING) {
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
            if (text.equalsIgnoreCase("false")) {
                return false;
            }
        }
        throw location.error(what + " must be true or false, not " + describe());
    }

    /** The value as messages quote it. */
    public String describe() {
        return type == Type.STRING ? "\"" + text + "\"" : type == Type.NULL ? "null" : text;
    }
}
