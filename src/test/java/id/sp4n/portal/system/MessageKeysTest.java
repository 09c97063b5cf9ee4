package id.sp4n.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MessageKeysTest {

    @Test
    void shouldHaveTheSameKeysInIndonesianAndEnglish() throws IOException {
        Properties indonesian = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(indonesian.stringPropertyNames()).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
    }

    @Test
    void shouldHaveNoEmptyMessages() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(file);
            messages.stringPropertyNames().forEach(key ->
                    assertThat(messages.getProperty(key)).as("%s in %s", key, file).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
