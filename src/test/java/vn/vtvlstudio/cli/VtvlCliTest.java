package vn.vtvlstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract later issues and checks rely on. */
class VtvlCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = VtvlCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void sampleThenSummaryJsonGivesThePublishedFigures() throws Exception {
        Path db = dir.resolve("vtvl");
        Run sample = run("sample", "--db", db.toString());
        assertEquals(0, sample.code(), sample.err());
        assertTrue(Files.exists(dir.resolve("vtvl.mv.db")));

        Run summary = run("summary", "--db", dir.resolve("vtvl.mv.db").toString(), "--json");
        assertEquals(0, summary.code(), summary.err());
        JsonNode schemes = new ObjectMapper().readTree(summary.out()).get("schemes");
        JsonNode hg = null;
        for (JsonNode s : schemes) {
            if (s.get("title").asText().contains("Hậu Giang")) {
                hg = s;
            }
        }
        assertEquals(2, schemes.size());
        assertEquals(322, hg.get("positions").asInt());
        assertEquals(568, hg.get("headcount").get("CBCC").asInt());
        assertEquals(92, hg.get("headcount").get("VIEN_CHUC").asInt());
        assertEquals(92, hg.get("headcount").get("HOP_DONG").asInt());
        assertEquals(660, hg.get("bienChe").asInt());
        assertEquals("PARTY_FRONT", hg.get("regime").asText());
        int byGroup = 0;
        for (JsonNode n : hg.get("byGroup")) {
            byGroup += n.asInt();
        }
        assertEquals(322, byGroup);

        long id = hg.get("id").asLong();
        Run one = run("summary", "--db", db.toString(), "--scheme", Long.toString(id));
        assertEquals(0, one.code());
        assertTrue(one.out().contains("322 vị trí"), one.out());
        assertTrue(one.out().contains("biên chế 660"), one.out());
    }

    @Test
    void checkReportsTheHauGiangCutOneShortAndExitsOne() throws Exception {
        Path db = makeSample("check");
        Run check = run("check", "--db", db.toString(), "--scheme", "1", "--json");
        assertEquals(1, check.code(), "ERROR findings give exit code 1: " + check.err());
        JsonNode reduction = null;
        for (JsonNode f : new ObjectMapper().readTree(check.out()).get("findings")) {
            if (f.get("ruleId").asText().equals("REDUCTION_TARGET")) {
                assertEquals(null, reduction, "judged once, for the scheme as a whole");
                reduction = f;
            }
        }
        assertEquals("ERROR", reduction.get("severity").asText());
        assertEquals("VIEN_CHUC", reduction.get("values").get("category").asText());
        assertEquals(102, reduction.get("values").get("baseline").asInt());
        assertEquals(92, reduction.get("values").get("proposed").asInt());
        assertEquals(11, reduction.get("values").get("required").asInt());
        assertEquals(1, reduction.get("values").get("shortfall").asInt());
        assertTrue(reduction.get("message").asText().startsWith("Viên chức: giảm 10 so với năm gốc 2022 (102) = 9,80% < 10%;"
                + " cần giảm ít nhất 11 (còn thiếu 1)."), reduction.get("message").asText());

        Path xlsx = dir.resolve("ho-so.xlsx");
        Run export = run("export", "--db", db.toString(), "--scheme", "1", "--out", xlsx.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(Files.size(xlsx) > 10_000);
        assertEquals(2, run("check", "--db", db.toString(), "--scheme", "77").code());
    }

    @Test
    void sampleRefusesToOverwriteWithoutForce() {
        Path db = dir.resolve("twice");
        assertEquals(0, run("sample", "--db", db.toString()).code());
        Run again = run("sample", "--db", db.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(0, run("sample", "--db", db.toString(), "--force").code());
    }

    @Test
    void inputErrorsAreOneLineWithExitCodeTwo() {
        Run missing = run("summary", "--db", dir.resolve("nothing-here").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("Lỗi: Không tìm thấy cơ sở dữ liệu"), missing.err());
        assertEquals(1, missing.err().strip().lines().count(), "one line, no stack trace");
        assertFalse(Files.exists(dir.resolve("nothing-here.mv.db")), "summary never creates a database");

        Run unknown = run("summary", "--bogus");
        assertEquals(2, unknown.code());
        assertFalse(unknown.err().contains("\tat "), unknown.err());

        Run noScheme = run("summary", "--db", makeSample("s").toString(), "--scheme", "999");
        assertEquals(2, noScheme.code());
        assertTrue(noScheme.err().contains("999"), noScheme.err());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("summary") && help.out().contains("sample"), help.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("VTVL Studio"), version.out());
        assertTrue(VtvlCli.wants(new String[] {"summary"}));
        assertTrue(VtvlCli.wants(new String[] {"-V"}));
        assertFalse(VtvlCli.wants(new String[] {"--lang", "en"}));
        assertFalse(VtvlCli.wants(new String[] {"--db", "/tmp/x/db"}));
        assertFalse(VtvlCli.wants(new String[] {"khong-phai-lenh"}));
        assertFalse(VtvlCli.wants(new String[0]));
    }

    @Test
    void anInstalledPackageShowsItsOwnVersion() {
        String before = System.getProperty(VersionProvider.PACKAGE_VERSION_PROPERTY);
        try {
            System.setProperty(VersionProvider.PACKAGE_VERSION_PROPERTY, "0.1.0");
            assertEquals("VTVL Studio 0.1.0", run("--version").out().strip());
            System.clearProperty(VersionProvider.PACKAGE_VERSION_PROPERTY);
            // from classes (tests): no manifest, no package
            assertEquals("VTVL Studio dev", run("--version").out().strip());
        } finally {
            if (before != null) {
                System.setProperty(VersionProvider.PACKAGE_VERSION_PROPERTY, before);
            }
        }
    }

    private Path makeSample(String name) {
        Path db = dir.resolve(name);
        assertEquals(0, run("sample", "--db", db.toString()).code());
        return db;
    }
}
