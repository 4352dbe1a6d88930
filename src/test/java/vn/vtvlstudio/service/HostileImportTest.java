package vn.vtvlstudio.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vtvlstudio.dossier.DossierImportException;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.testing.RawXlsx;
import vn.vtvlstudio.testing.SampleStore;

/**
 * A generated corpus of hostile files fed to the real import path (preview, then all-or-nothing apply): no crash, no
 * hang longer than 10 s, a clear error, and the database content byte-for-byte the same afterwards.
 */
class HostileImportTest {

    private static final String HEADER = row(1, RawXlsx.text("A1", "STT"), RawXlsx.text("B1", "Tên vị trí việc làm"),
            RawXlsx.text("C1", "Nhóm"), RawXlsx.text("D1", "Đơn vị"), RawXlsx.text("E1", "Ngạch"),
            RawXlsx.text("F1", "Số lượng CBCC"), RawXlsx.text("G1", "Số lượng VC"), RawXlsx.text("H1", "Số lượng HĐ"));

    @TempDir
    static Path dir;
    static Database db;
    static long schemeId;

    @BeforeAll
    static void open() {
        db = SampleStore.open(dir);
        schemeId = SampleStore.hauGiang(db).id();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void everyHostileFileIsRefusedClearlyAndChangesNothing() throws Exception {
        Map<String, Path> corpus = corpus(dir.resolve("corpus"));
        String before = contentChecksum();
        int positionsBefore = db.repositories().positions().countByScheme(schemeId);
        ImportService imports = new ImportService(db.repositories());
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, Path> item : corpus.entrySet()) {
            String outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    var preview = imports.previewAndApply(schemeId, item.getValue(), false);
                    return preview.ok() ? "ACCEPTED" : "REJECTED: " + preview.problems().get(0);
                } catch (DossierImportException | ImportService.ImportRejectedException e) {
                    return e.getMessage();
                } catch (Throwable t) {
                    return fail(item.getKey() + ": crashed with " + t);
                }
            }, () -> item.getKey() + " took longer than 10 s");
            outcomes.put(item.getKey(), outcome);
            assertFalse(outcome.equals("ACCEPTED"), item.getKey() + " was accepted");
            assertFalse(outcome.isBlank(), item.getKey() + " gave no message");
            assertFalse(outcome.contains("Exception") || outcome.contains("\tat "), item.getKey() + ": " + outcome);
            assertEquals(positionsBefore, db.repositories().positions().countByScheme(schemeId), item.getKey());
        }
        assertEquals(before, contentChecksum(), "the database content is unchanged");
        assertTrue(corpus.size() >= 30, "inputs tried: " + corpus.size());
        System.out.printf("HostileImportTest: %d hostile inputs refused, database checksum %s unchanged%n", corpus.size(), before.substring(0, 12));
        outcomes.forEach((k, v) -> System.out.printf("  %-28s %s%n", k, v.lines().findFirst().orElse("")));
    }

    /** SHA-256 of the whole database as an SQL script. */
    private static String contentChecksum() throws Exception {
        Path script = Files.createTempFile(dir, "content", ".sql");
        Files.delete(script);
        db.exportScript(script);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        String text = Files.readString(script, StandardCharsets.UTF_8);
        // The audit rows of the sample load carry timestamps but never change; nothing here is time-dependent.
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Path> corpus(Path out) throws IOException {
        Files.createDirectories(out);
        Map<String, Path> files = new LinkedHashMap<>();
        // A well-formed officer's sheet whose second row is wrong: even a file that parses must be rejected whole.
        Path base = out.resolve("co-so.xlsx");
        RawXlsx.write(base, w -> {
            w.write(HEADER);
            w.write(dataRow(2, "Chuyên viên tổng hợp", "3"));
            w.write(dataRow(3, "Chuyên viên nhập thử", "-2"));
        });
        files.put("valid-but-negative", base);
        byte[] good = Files.readAllBytes(base);

        for (int percent : new int[] {1, 10, 50, 90, 99}) {
            files.put("truncated-" + percent + "%", bytes(out, "cut" + percent + ".xlsx",
                    java.util.Arrays.copyOf(good, Math.max(1, good.length * percent / 100))));
        }
        Random random = new Random(2026);
        for (int i = 0; i < 8; i++) {
            byte[] corrupt = good.clone();
            for (int k = 0; k < 24; k++) {
                corrupt[30 + random.nextInt(corrupt.length - 60)] ^= (byte) (1 + random.nextInt(255));
            }
            files.put("corrupt-zip-" + i, bytes(out, "corrupt" + i + ".xlsx", corrupt));
        }
        files.put("empty-file", bytes(out, "empty.xlsx", new byte[0]));
        files.put("plain-text", bytes(out, "text.xlsx", "STT;Tên vị trí;CBCC\n1;Chuyên viên;3\n".getBytes(StandardCharsets.UTF_8)));
        files.put("pdf-renamed", bytes(out, "pdf.xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.ISO_8859_1)));
        files.put("png-renamed", bytes(out, "png.xlsx", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
        byte[] ole = new byte[4096];
        random.nextBytes(ole);
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, ole, 0, 8);
        files.put("ole2-garbage", bytes(out, "ole.xlsx", ole));
        files.put("zip-without-workbook", zipOf(out.resolve("docx.xlsx"), Map.of("word/document.xml", "<w:document/>")));

        files.put("billion-laughs", sheetXml(out, "laughs.xlsx", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY l1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY l2 \"&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;&l1;\">"
                + "<!ENTITY l3 \"&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;\"><!ENTITY l4 \"&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;&l3;\">"
                + "<!ENTITY l5 \"&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;&l4;\"><!ENTITY l6 \"&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;&l5;\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + HEADER
                + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>&l6;</t></is></c></row></sheetData></worksheet>"));
        files.put("external-entity", sheetXml(out, "xxe.xlsx", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + HEADER
                + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>"));
        Path nested = out.resolve("nested.xlsx");
        RawXlsx.write(nested, w -> {
            w.write(HEADER);
            w.write("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>");
            for (int i = 0; i < 200_000; i++) {
                w.write("<b>");
            }
        });
        files.put("deeply-nested-unclosed", nested);

        Path sharedStrings = out.resolve("shared.xlsx");
        RawXlsx.write(sharedStrings, w -> {
            w.write(HEADER);
            w.write("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>999999</v></c><c r=\"F2\"><v>-1</v></c></row>");
        }, Map.of("xl/sharedStrings.xml", w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i < 1_000_000; i++) {
                w.write("<si><t>Chuỗi dùng chung số " + i + "</t></si>");
            }
            w.write("</sst>");
        }));
        files.put("huge-shared-strings", sharedStrings);

        Path million = out.resolve("million.xlsx");
        RawXlsx.write(million, w -> {
            w.write(HEADER);
            for (int r = 2; r <= 1_000_001; r++) {
                w.write("<row r=\"" + r + "\">" + RawXlsx.text("B" + r, "Vị trí " + r) + RawXlsx.number("F" + r, 1) + "</row>");
            }
        });
        files.put("million-rows", million);

        Path wide = out.resolve("wide.xlsx");
        RawXlsx.write(wide, w -> {
            w.write(HEADER);
            w.write("<row r=\"2\">");
            for (int c = 0; c < 16_384; c++) {
                w.write(RawXlsx.number(column(c) + "2", -c));
            }
            w.write("</row>");
        });
        files.put("16384-columns", wide);

        Path longText = out.resolve("long.xlsx");
        RawXlsx.write(longText, w -> {
            w.write(HEADER);
            w.write(dataRow(2, "Chuyên viên " + "x".repeat(1_048_576), "1"));
        });
        files.put("1MB-string", longText);

        Path formulas = out.resolve("formulas.xlsx");
        RawXlsx.write(formulas, w -> {
            w.write(HEADER);
            w.write("<row r=\"2\">" + RawXlsx.text("B2", "Chuyên viên A") + "<c r=\"F2\"><f>SUM(1,2)</f><v>3</v></c></row>");
            w.write("<row r=\"3\">" + RawXlsx.text("B3", "Chuyên viên B") + "<c r=\"F3\" t=\"e\"><v>#DIV/0!</v></c></row>");
            w.write("<row r=\"4\">" + RawXlsx.text("B4", "=HYPERLINK(\"http://x\")") + "<c r=\"F4\"><f>1/0</f></c></row>");
        });
        files.put("formulas-and-errors", formulas);

        Path badType = out.resolve("types.xlsx");
        RawXlsx.write(badType, w -> {
            w.write(HEADER);
            w.write("<row r=\"2\">" + RawXlsx.text("B2", "Chuyên viên") + "<c r=\"F2\" t=\"b\"><v>1</v></c>"
                    + "<c r=\"G2\" t=\"d\"><v>2026-11-22T00:00:00</v></c><c r=\"H2\"><v>1e309</v></c></row>");
        });
        files.put("wrong-cell-types", badType);

        Path headerOnly = out.resolve("header-only.xlsx");
        RawXlsx.write(headerOnly, w -> w.write(HEADER));
        files.put("header-only", headerOnly);

        files.put("merged-cells-over-data", sheetXml(out, "merged2.xlsx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + HEADER
                + dataRow(2, "Chuyên viên A", "2") + dataRow(3, "Chuyên viên B", "2")
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"F2:F3\"/></mergeCells></worksheet>"));
        return files;
    }

    private static String row(int r, String... cells) {
        return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
    }

    private static String dataRow(int r, String name, String cbcc) {
        return row(r, RawXlsx.number("A" + r, r - 1), RawXlsx.text("B" + r, name), RawXlsx.text("C" + r, "Chuyên môn dùng chung"),
                RawXlsx.text("D" + r, "Văn phòng"), RawXlsx.text("E" + r, "01.003"), "<c r=\"F" + r + "\"><v>" + cbcc + "</v></c>");
    }

    private static String column(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    private static Path bytes(Path out, String name, byte[] content) throws IOException {
        return Files.write(out.resolve(name), content);
    }

    private static Path sheetXml(Path out, String name, String xml) throws IOException {
        Path file = out.resolve(name);
        Path ok = out.resolve("tmp-" + name);
        RawXlsx.write(ok, w -> w.write(HEADER));
        Map<String, String> entries = new LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipFile(ok.toFile())) {
            for (var e : java.util.Collections.list(zip.entries())) {
                entries.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        entries.put("xl/worksheets/sheet1.xml", xml);
        Files.delete(ok);
        return zipOf(file, entries);
    }

    private static Path zipOf(Path file, Map<String, String> entries) throws IOException {
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

}
