package io.apigwsim.definition;

import java.util.Objects;

/**
 * A REST API key: a name and the value clients send in the {@code x-api-key} header. A method that requires an API
 * key admits a request only with the value of an enabled key that belongs to a {@link UsagePlan} of the stage.
 *
 * <pre>{@code
 * ApiKey gold = ApiKey.of("gold-client", "goldclientkey0123456789");
 * ApiKey revoked = ApiKey.of("old-client", "oldclientkey0123456789").disabled();
 * }</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html">Usage
 *     plans and API keys for REST APIs</a>
 * @since 0.2
 */
public final class ApiKey {

    private static final int MAX_NAME_LENGTH = 1024;
    private static final int MIN_VALUE_LENGTH = 20;
    private static final int MAX_VALUE_LENGTH = 128;

    private final String name;
    private final String value;
    private final boolean enabled;

    private ApiKey(String name, String value, boolean enabled) {
        this.name = name;
        this.value = value;
        this.enabled = enabled;
    }

    /**
     * Create an enabled API key.
     *
     * @param name the key's name, which usage plans use to list it: not blank, at most 1024 characters
     * @param value the value clients send: 20 to 128 letters and digits ({@code A-Z}, {@code a-z},
     *     {@code 0-9}), unique among the keys
     * @return the key
     * @throws ApiDefinitionException when the name or the value breaks API Gateway's rules
     * @since 0.2
     */
    public static ApiKey of(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new ApiDefinitionException(
                    "An API key name must not be blank; name the key, for example ApiKey.of(\"gold-client\", value)");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new ApiDefinitionException("API key name \"" + name.substring(0, 20) + "...\" has " + name.length()
                    + " characters; a name has at most " + MAX_NAME_LENGTH);
        }
        if (value.length() < MIN_VALUE_LENGTH || value.length() > MAX_VALUE_LENGTH) {
            throw new ApiDefinitionException("API key \"" + name + "\" has a value of " + value.length()
                    + " characters; a value is " + MIN_VALUE_LENGTH + " to " + MAX_VALUE_LENGTH
                    + " letters and digits, for example \"apikey1234abcdefghij0123456789\"");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                throw new ApiDefinitionException("API key \"" + name + "\" has the character '" + c + "' at index " + i
                        + " of its value; a value has only letters and digits (A-Z, a-z, 0-9)");
            }
        }
        return new ApiKey(name, value, true);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Return a disabled copy of this key. API Gateway refuses a disabled key's requests with 403, like an unknown
     * key.
     *
     * @return the same name and value, disabled
     * @since 0.2
     */
    public ApiKey disabled() {
        return new ApiKey(name, value, false);
    }

    /**
     * Return the key's name.
     *
     * @return the name usage plans list the key by
     * @since 0.2
     */
    public String name() {
        return name;
    }

    /**
     * Return the key's value.
     *
     * @return the value clients send in the {@code x-api-key} header
     * @since 0.2
     */
    public String value() {
        return value;
    }

    /**
     * Tell whether the key is enabled.
     *
     * @return {@code false} for a key made with {@link #disabled()}
     * @since 0.2
     */
    public boolean enabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key
                && key.name.equals(name)
                && key.value.equals(value)
                && key.enabled == enabled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, enabled);
    }

    @Override
    public String toString() {
        return "API key \"" + name + "\" (" + (enabled ? "enabled" : "disabled") + ")";
    }
}
