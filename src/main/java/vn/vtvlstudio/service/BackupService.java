package vn.vtvlstudio.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.vtvlstudio.domain.AtomicFiles;
import vn.vtvlstudio.persistence.Database;

/**
 * Backups as single files: a zip holding {@code data.sql} (the whole database as an H2 script) and
 * {@code manifest.properties} (format version, schema version, SHA-256 of the script). Restore checks both and never
 * replaces the current data without backing it up first.
 */
public final class BackupService {

    public static final String FORMAT = "vtvl-studio-backup";
    public static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.properties";
    static final String SCRIPT = "data.sql";
    /** A backup script larger than this is not a backup of ours (and would not fit in memory). */
    static final long MAX_SCRIPT_BYTES = 2L * 1024 * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** What a verified backup holds. */
    public record Manifest(int formatVersion, String schemaVersion, String created, String sha256, String source) {
    }

    /** Writes a backup of an open database to {@code zipFile}, atomically. */
    public Manifest backup(Database db, Path zipFile) {
        Path sql = null;
        try {
            sql = Files.createTempFile("vtvl-backup", ".sql");
            Files.delete(sql);
            db.exportScript(sql);
            String sha = sha256(sql);
            Manifest manifest = new Manifest(FORMAT_VERSION, db.schemaVersion(), LocalDateTime.now().toString(), sha,
                    db.file().getFileName().toString());
            Path script = sql;
            AtomicFiles.write(zipFile, out -> {
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry(MANIFEST));
                    zip.write(manifestBytes(manifest));
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(SCRIPT));
                    Files.copy(script, zip);
                    zip.closeEntry();
                }
            });
            return manifest;
        } catch (IOException e) {
            throw new BackupException("Không ghi được bản sao lưu " + zipFile + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(sql);
        }
    }

    /** Reads and checks a backup: our format, a version this program knows, an intact script. */
    public Manifest verify(Path zipFile) {
        Path sql = null;
        try {
            sql = Files.createTempFile("vtvl-verify", ".sql");
            return extract(zipFile, sql);
        } catch (IOException e) {
            throw new BackupException("Không đọc được tệp sao lưu " + zipFile + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(sql);
        }
    }

    /**
     * Replaces the database at {@code dbPath} (which must not be open) with the content of the backup. The current
     * data is first backed up into {@code safetyDir}; the new file is built beside the old one and moved over it only
     * once it opens.
     *
     * @return the safety backup of the data that was replaced, or null when there was no database
     */
    public Path restore(Path zipFile, Path dbPath, Path safetyDir) {
        Path sql = null;
        Path staging = null;
        try {
            sql = Files.createTempFile("vtvl-restore", ".sql");
            extract(zipFile, sql);

            Path target = Database.dataFile(dbPath);
            Path safety = null;
            if (Files.exists(target)) {
                safety = safetyDir.resolve("truoc-khoi-phuc-" + STAMP.format(LocalDateTime.now()) + ".zip");
                try (Database current = Database.open(dbPath)) {
                    backup(current, safety);
                }
            }
            Path base = Database.basePath(dbPath);
            staging = base.resolveSibling(base.getFileName() + ".restore-" + System.nanoTime());
            Database.createFromScript(staging, sql);
            try (Database check = Database.open(staging)) {
                check.schemaVersion();
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.move(Database.dataFile(staging), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return safety;
        } catch (IOException e) {
            throw new BackupException("Không khôi phục được từ " + zipFile + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(sql);
            if (staging != null) {
                deleteQuietly(Database.dataFile(staging));
                deleteQuietly(staging.resolveSibling(staging.getFileName() + ".trace.db"));
            }
        }
    }

    /** An automatic backup into {@code dir}, keeping the newest {@code keep} of them. */
    public Path rolling(Database db, Path dir, int keep, String reason) {
        Path file = dir.resolve("tu-dong-" + STAMP.format(LocalDateTime.now()) + "-" + reason + ".zip");
        backup(db, file);
        prune(dir, keep);
        return file;
    }

    /** Deletes the oldest automatic backups beyond {@code keep}. */
    public List<Path> prune(Path dir, int keep) {
        List<Path> deleted = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> automatic = files.filter(p -> p.getFileName().toString().startsWith("tu-dong-")
                    && p.getFileName().toString().endsWith(".zip")).sorted(Comparator.comparing(Path::getFileName)).toList();
            for (int i = 0; i < automatic.size() - Math.max(keep, 1); i++) {
                Files.deleteIfExists(automatic.get(i));
                deleted.add(automatic.get(i));
            }
        } catch (IOException e) {
            throw new BackupException("Không dọn được thư mục sao lưu " + dir + ": " + e.getMessage(), e);
        }
        return deleted;
    }

    private Manifest extract(Path zipFile, Path sqlOut) throws IOException {
        if (!Files.isRegularFile(zipFile)) {
            throw new BackupException("Không có tệp sao lưu " + zipFile + ".");
        }
        Properties props = null;
        boolean script = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(MANIFEST)) {
                    props = new Properties();
                    props.load(new java.io.InputStreamReader(new ByteArrayInputStream(limited(zip, 64 * 1024)), StandardCharsets.UTF_8));
                } else if (entry.getName().equals(SCRIPT)) {
                    copyLimited(zip, sqlOut);
                    script = true;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BackupException("Tệp " + zipFile.getFileName() + " không phải bản sao lưu VTVL Studio (tệp zip hỏng: " + e.getMessage() + ").", e);
        }
        if (props == null || !FORMAT.equals(props.getProperty("format")) || !script) {
            throw new BackupException("Tệp " + zipFile.getFileName() + " không phải bản sao lưu VTVL Studio (thiếu "
                    + (props == null ? MANIFEST : SCRIPT) + ").");
        }
        int version;
        try {
            version = Integer.parseInt(props.getProperty("formatVersion", ""));
        } catch (NumberFormatException e) {
            throw new BackupException("Bản sao lưu " + zipFile.getFileName() + " có phiên bản định dạng không hợp lệ.");
        }
        if (version > FORMAT_VERSION) {
            throw new BackupException("Bản sao lưu " + zipFile.getFileName() + " được tạo bởi phiên bản VTVL Studio mới hơn (định dạng "
                    + version + "); hãy cập nhật chương trình.");
        }
        String expected = props.getProperty("sha256", "");
        String actual = sha256(sqlOut);
        if (!expected.equalsIgnoreCase(actual)) {
            throw new BackupException("Bản sao lưu " + zipFile.getFileName() + " đã bị hỏng hoặc bị sửa (mã kiểm tra không khớp).");
        }
        return new Manifest(version, props.getProperty("schemaVersion"), props.getProperty("created"), expected,
                props.getProperty("source"));
    }

    private static byte[] manifestBytes(Manifest m) throws IOException {
        Properties props = new Properties();
        props.setProperty("format", FORMAT);
        props.setProperty("formatVersion", Integer.toString(m.formatVersion()));
        props.setProperty("schemaVersion", m.schemaVersion());
        props.setProperty("created", m.created());
        props.setProperty("sha256", m.sha256());
        props.setProperty("source", m.source());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        props.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "VTVL Studio backup");
        return out.toByteArray();
    }

    private static byte[] limited(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new BackupException("Tệp kê khai của bản sao lưu quá lớn.");
        }
        return bytes;
    }

    private static void copyLimited(InputStream in, Path out) throws IOException {
        try (var os = Files.newOutputStream(out)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > MAX_SCRIPT_BYTES) {
                    throw new BackupException("Dữ liệu trong bản sao lưu lớn bất thường; không khôi phục.");
                }
                os.write(buf, 0, n);
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    digest.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file we could not delete is left for the OS to clean
            }
        }
    }
}
