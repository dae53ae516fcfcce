package io.apigwsim.assertions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.apigwsim.LambdaPayload;

/** A payload holding fixed JSON text, read with a plain Jackson mapper. */
record TestPayload(String raw) implements LambdaPayload {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public <T> T as(Class<T> type) {
        try {
            return MAPPER.readValue(raw, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read the payload as " + type.getSimpleName(), e);
        }
    }
}
