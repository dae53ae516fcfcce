package io.apigwsim.internal.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The project's single Jackson mapper; configured here and nowhere else. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
