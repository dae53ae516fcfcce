package io.apigwsim.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiKeyTests {

    // A key value is 20 to 128 letters and digits (docs/behavior.md#api-keys).
    @Test
    void values_of_20_and_128_letters_and_digits_are_accepted() {
        ApiKey shortest = ApiKey.of("short", "a".repeat(10) + "Z".repeat(5) + "01234");
        ApiKey longest = ApiKey.of("long", "x".repeat(128));

        assertThat(shortest.value()).hasSize(20);
        assertThat(longest.value()).hasSize(128);
    }

    // A key value is 20 to 128 letters and digits (docs/behavior.md#api-keys).
    @Test
    void value_of_19_characters_is_rejected_with_the_rule_and_an_example() {
        assertThatThrownBy(() -> ApiKey.of("gold-client", "a".repeat(19)))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("API key \"gold-client\" has a value of 19 characters; a value is 20 to 128 letters and"
                        + " digits, for example \"apikey1234abcdefghij0123456789\"");
    }

    // A key value is 20 to 128 letters and digits (docs/behavior.md#api-keys).
    @Test
    void value_of_129_characters_is_rejected() {
        assertThatThrownBy(() -> ApiKey.of("gold-client", "a".repeat(129)))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageStartingWith("API key \"gold-client\" has a value of 129 characters;");
    }

    // A key value has only letters and digits (docs/behavior.md#api-keys).
    @Test
    void value_with_a_hyphen_is_rejected_naming_the_character_and_its_index() {
        assertThatThrownBy(() -> ApiKey.of("gold-client", "goldclient-key0123456789"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("API key \"gold-client\" has the character '-' at index 10 of its value; a value has"
                        + " only letters and digits (A-Z, a-z, 0-9)");
    }

    // Letters means the ASCII letters (docs/behavior.md#api-keys).
    @Test
    void value_with_a_non_ascii_letter_is_rejected() {
        assertThatThrownBy(() -> ApiKey.of("gold-client", "goldclientkéy0123456789"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessageContaining("the character 'é' at index 11");
    }

    // A key name is at most 1024 characters (docs/behavior.md#api-keys).
    @Test
    void name_of_1025_characters_is_rejected_and_1024_accepted() {
        assertThat(ApiKey.of("n".repeat(1024), "goldclientkey0123456789").name())
                .hasSize(1024);
        assertThatThrownBy(() -> ApiKey.of("n".repeat(1025), "goldclientkey0123456789"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("API key name \"nnnnnnnnnnnnnnnnnnnn...\" has 1025 characters; a name has at most 1024");
    }

    @Test
    void blank_name_is_rejected_with_an_example() {
        assertThatThrownBy(() -> ApiKey.of(" ", "goldclientkey0123456789"))
                .isInstanceOf(ApiDefinitionException.class)
                .hasMessage("An API key name must not be blank; name the key, for example"
                        + " ApiKey.of(\"gold-client\", value)");
    }

    @Test
    void a_new_key_is_enabled_and_disabled_returns_a_disabled_copy() {
        ApiKey key = ApiKey.of("gold-client", "goldclientkey0123456789");

        ApiKey disabled = key.disabled();

        assertThat(key.enabled()).isTrue();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.name()).isEqualTo("gold-client");
        assertThat(disabled.value()).isEqualTo("goldclientkey0123456789");
        assertThat(disabled).isNotEqualTo(key).isEqualTo(key.disabled());
    }

    @Test
    void to_string_names_the_key_without_its_value() {
        assertThat(ApiKey.of("gold-client", "goldclientkey0123456789").disabled())
                .hasToString("API key \"gold-client\" (disabled)");
    }
}
