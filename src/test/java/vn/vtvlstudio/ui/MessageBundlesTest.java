package vn.vtvlstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese and English texts stay in step: a key added to one bundle and forgotten in the other would show the
 * raw key (or throw) in the other language, and a placeholder missing from one translation drops a number the officer
 * needs to see.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[sdf,.0-9]*[sdf]|\\{\\d+}");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "rules"})
    void bothLanguagesHaveTheSameKeysAndPlaceholders(String bundle) throws IOException {
        Properties vi = load("/i18n/" + bundle + "_vi.properties");
        Properties en = load("/i18n/" + bundle + "_en.properties");

        assertTrue(vi.size() > 10, bundle + "_vi has " + vi.size() + " keys");
        TreeSet<String> onlyVi = new TreeSet<>(vi.stringPropertyNames());
        onlyVi.removeAll(en.stringPropertyNames());
        TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(vi.stringPropertyNames());
        assertEquals(new TreeSet<String>(), onlyVi, "keys missing in " + bundle + "_en");
        assertEquals(new TreeSet<String>(), onlyEn, "keys missing in " + bundle + "_vi");

        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(vi.stringPropertyNames())) {
            String v = vi.getProperty(key);
            String e = en.getProperty(key);
            if (v.isBlank() || e.isBlank()) {
                problems.add(key + ": empty text");
            } else if (!placeholders(v).equals(placeholders(e))) {
                problems.add(key + ": vi " + placeholders(v) + " vs en " + placeholders(e));
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        found.sort(null);
        return found;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is on the classpath");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
