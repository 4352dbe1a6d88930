package vn.vtvlstudio.persistence;

import java.io.IOException;
import java.math.BigInteger;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a database's schema is already at the newest bundled migration, so that opening it can skip Flyway
 * (whose configuration, class-path scan and validation cost about a second of a cold start). Conservative: anything
 * unexpected (no history table, a failed migration, migrations not found) answers "not current" and Flyway runs.
 */
final class SchemaVersions {

    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

    /** Orders versions as Flyway does: "1.10" after "1.9", "2" after "1.1"; "_" equals ".". */
    static final Comparator<String> ORDER = (a, b) -> {
        List<BigInteger> x = parts(a);
        List<BigInteger> y = parts(b);
        for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
            BigInteger p = i < x.size() ? x.get(i) : BigInteger.ZERO;
            BigInteger q = i < y.size() ? y.get(i) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private SchemaVersions() {
    }

    private static List<BigInteger> parts(String version) {
        return Arrays.stream(version.split("[._]")).filter(s -> !s.isEmpty()).map(BigInteger::new).toList();
    }

    /** The version of a versioned migration file name ({@code V3__rules.sql} gives "3"), if it is one. */
    static Optional<String> versionOf(String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        return m.matches() ? Optional.of(m.group(1).replace('_', '.')) : Optional.empty();
    }

    /** The highest version among the migrations on the class path, read from the jar's index or the directory. */
    static Optional<String> highestBundled(ClassLoader loader) {
        try {
            List<String> names = new ArrayList<>();
            for (URL url : java.util.Collections.list(loader.getResources(LOCATION))) {
                names.addAll(fileNames(url));
            }
            if (names.stream().anyMatch(n -> n.startsWith("R__"))) {
                return Optional.empty(); // repeatable migrations are re-run on change: leave that to Flyway
            }
            return names.stream().map(SchemaVersions::versionOf).flatMap(Optional::stream).max(ORDER);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> fileNames(URL url) throws IOException, URISyntaxException {
        if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        }
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = LOCATION + "/";
                return jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                        .map(n -> n.substring(prefix.length())).toList();
            }
        }
        throw new IOException("unknown location " + url);
    }

    /** True when the history has no failed row and its highest applied version equals {@code bundled}. */
    static boolean isCurrent(Connection connection, String bundled) {
        String sql = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            String highest = null;
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                String v = rs.getString(1);
                if (highest == null || ORDER.compare(v, highest) > 0) {
                    highest = v;
                }
            }
            return highest != null && ORDER.compare(highest, bundled) == 0;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
