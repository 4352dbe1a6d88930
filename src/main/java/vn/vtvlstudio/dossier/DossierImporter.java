package vn.vtvlstudio.dossier;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;
import vn.vtvlstudio.domain.CancelledException;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.Regime;

/**
 * Reads positions from an .xlsx workbook: our own dossier back (its hidden "_vtvl" sheet gives the position ids), or
 * an officer's spreadsheet with one sheet listing positions. Everything is read with the streaming SAX reader, so a
 * large or hostile file costs bounded memory; what cannot be read at all ends in a {@link DossierImportException}
 * whose message tells the officer why, in Vietnamese. Nothing is saved here: the result is an {@link ImportPreview}.
 */
public final class DossierImporter {

    public static final int DEFAULT_ROW_LIMIT = 100_000;
    /** Largest uncompressed part of a workbook we accept (a 100,000-row sheet is about 30 MB). */
    static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;
    /** Parts that inflate more than 100× are refused as zip bombs (POI's default ratio is 0.01 too). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private final Regime regime;
    private final int rowLimit;

    public DossierImporter() {
        this(null, DEFAULT_ROW_LIMIT);
    }

    /**
     * @param regime   the scheme's regime, to recognise its group names and numbering; null for the common names
     * @param rowLimit the most non-empty rows a sheet may have
     */
    public DossierImporter(Regime regime, int rowLimit) {
        this.regime = regime;
        this.rowLimit = rowLimit;
    }

    public ImportPreview read(Path file) throws DossierImportException {
        return read(file, Progress.NONE);
    }

    /**
     * As {@link #read(Path)}, reporting the bytes of sheet XML read to {@code progress} and stopping with
     * {@link CancelledException} when it is cancelled.
     */
    public ImportPreview read(Path file, Progress progress) throws DossierImportException {
        checkFile(file);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return read(pkg, progress);
        } catch (DossierImportException | CancelledException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CancelledException cancelled) {
                    throw cancelled; // the parser may have wrapped it
                }
            }
            throw translate(e);
        }
    }

    private ImportPreview read(OPCPackage pkg, Progress progress) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        List<String> names = new ArrayList<>();
        Map<String, Long> sizes = new HashMap<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                names.add(it.getSheetName());
                sizes.put(it.getSheetName(), it.getSheetPart().getSize());
            }
        }
        boolean ours = names.contains(HiddenSheet.NAME) && names.contains(CatalogueSheet.NAME);
        // what will be read: our hidden sheet and catalogue, or an officer's sheets until one has a position table
        ReadProgress read = new ReadProgress(progress, ours
                ? List.of(sizes.get(HiddenSheet.NAME), sizes.get(CatalogueSheet.NAME))
                : names.stream().filter(n -> !HiddenSheet.NAME.equals(n)).map(sizes::get).toList());
        Map<String, HiddenIds> hidden = new HashMap<>();
        it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                if (HiddenSheet.NAME.equals(it.getSheetName())) {
                    hidden.put(HiddenSheet.NAME, readHidden(read.counting(in), strings));
                }
            }
        }
        HiddenIds ids = hidden.get(HiddenSheet.NAME);
        String wanted = ids != null && names.contains(CatalogueSheet.NAME) ? CatalogueSheet.NAME : null;

        it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                String name = it.getSheetName();
                if (HiddenSheet.NAME.equals(name) || (wanted != null && !wanted.equals(name))) {
                    continue;
                }
                PositionSheetParser parser = new PositionSheetParser(name, regime);
                List<CellRangeAddress> merges = SheetStream.read(read.counting(in), strings, rowLimit, parser);
                parser.finish(merges);
                if (!parser.headerFound()) {
                    continue;
                }
                if (parser.positions.isEmpty() && parser.problems.isEmpty()) {
                    // An import of nothing would "succeed" silently; the officer most likely picked the wrong file.
                    throw new DossierImportException("Trang tính \"" + name + "\" có dòng tiêu đề nhưng không có dòng vị trí việc làm nào"
                            + " bên dưới; không có gì để nhập.");
                }
                read.done();
                if (ids != null) {
                    return new ImportPreview(ImportPreview.Source.DOSSIER, name, ids.schemeId, ids.attach(parser.positions),
                            parser.problems, letters(parser));
                }
                return new ImportPreview(ImportPreview.Source.SPREADSHEET, name, null, parser.positions, parser.problems,
                        letters(parser));
            }
        }
        throw new DossierImportException("Không tìm thấy bảng danh mục vị trí việc làm: trong " + PositionSheetParser.HEADER_SEARCH_ROWS
                + " dòng đầu của các trang tính không có dòng tiêu đề gồm cột \"Tên vị trí việc làm\" và cột số lượng (CBCC, VC hoặc HĐ).");
    }

    /**
     * Progress of a read by the bytes of sheet XML consumed, against the sheets' uncompressed sizes from the zip
     * directory; a sheet of unknown size counts as 1 MB. Checked for a cancel every 64 KB.
     */
    private static final class ReadProgress {
        private final Progress progress;
        private final long total;
        private long done;
        private long reported;

        ReadProgress(Progress progress, List<Long> sizes) {
            this.progress = progress;
            long sum = 0;
            for (Long size : sizes) {
                sum += size == null || size < 0 ? 1 << 20 : size;
            }
            this.total = Math.max(1, sum);
        }

        InputStream counting(InputStream in) {
            return new java.io.FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        advance(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = super.read(buf, off, len);
                    if (n > 0) {
                        advance(n);
                    }
                    return n;
                }
            };
        }

        private void advance(long n) {
            done += n;
            if (done - reported >= 1 << 16) {
                reported = done;
                progress.worked(Math.min(done, total - 1), total);
                progress.checkCancelled();
            }
        }

        void done() {
            progress.worked(total, total);
        }
    }

    private static Map<String, String> letters(PositionSheetParser parser) {
        Map<String, String> out = new HashMap<>();
        parser.columns().forEach((f, c) -> out.put(f.name(), org.apache.poi.ss.util.CellReference.convertNumToColString(c)));
        return out;
    }

    /** Ids from the hidden sheet: by code (stable when the officer inserts rows), else by catalogue row. */
    private static final class HiddenIds {
        String format;
        Long schemeId;
        final Map<String, Long> byCode = new HashMap<>();
        final Map<Integer, Long> byRow = new HashMap<>();
        final java.util.Set<String> duplicateCodes = new java.util.HashSet<>();

        List<ImportedPosition> attach(List<ImportedPosition> rows) {
            List<ImportedPosition> out = new ArrayList<>(rows.size());
            for (ImportedPosition p : rows) {
                Long id = null;
                if (p.code() != null && !duplicateCodes.contains(p.code())) {
                    id = byCode.get(p.code());
                }
                if (id == null && p.code() == null) {
                    id = byRow.get(p.row());
                }
                out.add(new ImportedPosition(p.row(), id, p.code(), p.name(), p.group(), p.unitName(), p.gradeCode(),
                        p.gradeName(), p.workload(), p.headcount(), p.note()));
            }
            return out;
        }
    }

    private HiddenIds readHidden(InputStream in, ReadOnlySharedStringsTable strings) throws IOException, SAXException,
            DossierImportException {
        HiddenIds ids = new HiddenIds();
        SheetStream.read(in, strings, rowLimit + HiddenSheet.TABLE_HEADER_ROW + 1, row -> {
            String key = row.text(0);
            if (row.row() <= HiddenSheet.TABLE_HEADER_ROW) {
                if (key.equals("format")) {
                    ids.format = row.text(1);
                } else if (key.equals("scheme_id") && !row.text(1).isEmpty()) {
                    ids.schemeId = parseLong(row.text(1));
                }
                return true;
            }
            if (row.row() == HiddenSheet.TABLE_HEADER_ROW + 1) {
                return true; // column names
            }
            Long id = parseLong(row.text(0));
            String code = row.text(1);
            Long r = parseLong(row.text(2));
            if (id != null) {
                if (!code.isEmpty() && ids.byCode.put(code, id) != null) {
                    ids.duplicateCodes.add(code);
                }
                if (r != null) {
                    ids.byRow.put(r.intValue(), id);
                }
            }
            return true;
        });
        if (ids.format == null || !ids.format.startsWith("vtvl-dossier/")) {
            throw new DossierImportException("Trang ẩn \"_vtvl\" của tệp không đúng định dạng của VTVL Studio.");
        }
        if (!DossierOptions.FORMAT_VERSION.equals(ids.format)) {
            throw new DossierImportException("Tệp được xuất bởi phiên bản khác của VTVL Studio (định dạng " + ids.format
                    + "); phiên bản này đọc định dạng " + DossierOptions.FORMAT_VERSION + ".");
        }
        return ids;
    }

    private static Long parseLong(String s) {
        try {
            return (long) Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Tells what the file is before handing it to the zip reader: not found, empty, encrypted, old .xls, not a workbook. */
    private static void checkFile(Path file) throws DossierImportException {
        if (!Files.isRegularFile(file)) {
            throw new DossierImportException("Không tìm thấy tệp " + file + ".");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (EmptyFileException e) {
            throw new DossierImportException("Tệp rỗng (0 byte), không phải bảng tính Excel.");
        } catch (IOException e) {
            throw new DossierImportException("Không đọc được tệp " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || fs.getRoot().hasEntry("EncryptionInfo");
            } catch (IOException | RuntimeException e) {
                throw new DossierImportException("Tệp không phải là bảng tính .xlsx hợp lệ (tệp OLE2 bị hỏng).", e);
            }
            if (encrypted) {
                throw new DossierImportException("Tệp được bảo vệ bằng mật khẩu. Hãy mở tệp trong Excel, bỏ mật khẩu "
                        + "(Tệp › Thông tin › Bảo vệ sổ làm việc) rồi nhập lại.");
            }
            throw new DossierImportException("Tệp ở định dạng Excel 97–2003 (.xls). Hãy mở tệp và lưu lại dưới dạng "
                    + "Sổ làm việc Excel (.xlsx) rồi nhập lại.");
        }
        if (magic != FileMagic.OOXML) {
            throw new DossierImportException("Tệp " + file.getFileName() + " không phải là bảng tính Excel (.xlsx).");
        }
    }

    private DossierImportException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SheetStream.RowLimitException) {
                return new DossierImportException("Trang tính có hơn " + thousands(rowLimit)
                        + " dòng dữ liệu, vượt giới hạn cho phép; hãy tách thành nhiều tệp nhỏ hơn.", e);
            }
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("exceed the max")) {
                return new DossierImportException("Tệp có nội dung nén bất thường (nghi là \"zip bomb\"): khi giải nén "
                        + "vượt quá giới hạn an toàn. Tệp không được nhập.", e);
            }
            if (t instanceof SAXException && m.contains("DOCTYPE")) {
                return new DossierImportException("Tệp chứa khai báo DOCTYPE/thực thể XML, điều mà Excel không bao giờ tạo ra;"
                        + " vì an toàn, tệp không được đọc. Hãy mở tệp trong Excel và lưu lại dạng .xlsx.", e);
            }
            if (t instanceof SAXException && t.getCause() == null) {
                return new DossierImportException("Nội dung XML của tệp bị hỏng, không đọc được: " + m, e);
            }
        }
        if (e instanceof StackOverflowError) {
            return new DossierImportException("Cấu trúc tệp quá phức tạp, không đọc được.", null);
        }
        if (e instanceof IOException || e instanceof org.apache.poi.openxml4j.exceptions.OpenXML4JException
                || e instanceof org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                || e instanceof org.apache.poi.ooxml.POIXMLException || e instanceof SAXException
                || e instanceof org.apache.poi.UnsupportedFileFormatException) {
            return new DossierImportException("Tệp bị hỏng hoặc không đầy đủ, không đọc được như một bảng tính .xlsx"
                    + " (có thể tệp bị cắt khi sao chép hoặc tải xuống).", e);
        }
        // anything else is unexpected: say so, with the technical reason, rather than blame the file
        return new DossierImportException("Không đọc được tệp do lỗi khi phân tích nội dung (" + e.getClass().getSimpleName()
                + ": " + e.getMessage() + ").", e);
    }

    /** 100000 → "100.000", as Vietnamese write numbers. */
    static String thousands(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
