package vn.vtvlstudio.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import vn.vtvlstudio.domain.AgencyRepository;
import vn.vtvlstudio.domain.PositionRepository;
import vn.vtvlstudio.domain.QuotaRepository;
import vn.vtvlstudio.domain.ReferenceRepository;
import vn.vtvlstudio.domain.Repositories;
import vn.vtvlstudio.domain.SchemeRepository;
import vn.vtvlstudio.domain.Transactor;

/**
 * The embedded H2 file database: opens it (creating it when absent), brings its schema up to date with Flyway and
 * hands out repositories that share one transaction per thread.
 */
public final class Database implements Transactor, AutoCloseable {

    public static final String SUFFIX = ".mv.db";

    static {
        // jOOQ prints a banner and a "tip of the day" on first use; an officer's terminal is no place for them.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Path file;
    private final boolean created;
    private final JdbcConnectionPool pool;
    private final DSLContext defaultContext;
    private final ThreadLocal<DSLContext> transactionContext = new ThreadLocal<>();
    private final boolean flywayRan;

    private Database(Path file, boolean created, JdbcConnectionPool pool, boolean flywayRan, DSLContext defaultContext) {
        this.file = file;
        this.created = created;
        this.pool = pool;
        this.flywayRan = flywayRan;
        this.defaultContext = defaultContext;
    }

    private static DSLContext context(JdbcConnectionPool pool) {
        return DSL.using(new DefaultConfiguration().set(pool).set(SQLDialect.H2)
                .set(new AuditRecordListener(AuditRecordListener.currentUser())));
    }

    /**
     * Opens (or creates) the database at {@code path}; the {@code .mv.db} suffix may be left out.
     *
     * @throws DatabaseLockedException when another process has it open
     * @throws DatabaseException       when it cannot be opened or migrated
     */
    public static Database open(Path path) {
        Path base = basePath(path);
        Path dataFile = base.resolveSibling(base.getFileName() + SUFFIX);
        boolean created = !Files.exists(dataFile);
        try {
            if (base.getParent() != null) {
                Files.createDirectories(base.getParent());
            }
        } catch (java.io.IOException e) {
            throw new DatabaseException("Không tạo được thư mục dữ liệu " + base.getParent() + ": " + e.getMessage(), e);
        }
        String url = url(base);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        // jOOQ's first context (its class initialisation) costs about as much as H2 opening the file, and needs no
        // connection: it is made meanwhile, on a second core (part of the window's start-up, docs/benchmarks.md)
        FutureTask<DSLContext> context = new FutureTask<>(() -> context(pool));
        Thread contextMaker = new Thread(context, "vtvl-jooq-context");
        contextMaker.setDaemon(true);
        contextMaker.start();
        boolean flywayRan = false;
        try {
            // Flyway costs about a second of start-up even with nothing to do; skip it when the schema is at the
            // newest bundled migration (a newer bundled one, a failed one, or any doubt still runs it).
            boolean current;
            try (java.sql.Connection connection = pool.getConnection()) {
                current = !created && SchemaVersions.highestBundled(Database.class.getClassLoader())
                        .map(v -> SchemaVersions.isCurrent(connection, v)).orElse(false);
            }
            if (!current) {
                Flyway.configure().dataSource(pool).locations("classpath:" + SchemaVersions.LOCATION).load().migrate();
                flywayRan = true;
            }
        } catch (SQLException e) {
            pool.dispose();
            throw translate(dataFile, e);
        } catch (RuntimeException e) {
            pool.dispose();
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw translate(dataFile, sql);
            }
            throw new DatabaseException("Không mở được cơ sở dữ liệu " + dataFile + ": " + e.getMessage(), e);
        }
        try {
            return new Database(dataFile, created, pool, flywayRan, context.get());
        } catch (ExecutionException e) {
            pool.dispose();
            throw new DatabaseException("Không mở được cơ sở dữ liệu " + dataFile + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            pool.dispose();
            Thread.currentThread().interrupt();
            throw new DatabaseException("Không mở được cơ sở dữ liệu " + dataFile + ": bị ngắt khi đang mở.", e);
        }
    }

    /**
     * DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, after the last write, not from a shutdown hook racing us.
     * WRITE_DELAY=0: H2 otherwise writes commits to the file up to half a second later, and a killed process loses
     * them (CrashSafetyTest caught exactly that).
     */
    private static String url(Path base) {
        return "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    private static DatabaseException translate(Path dataFile, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseLockedException("Cơ sở dữ liệu " + dataFile
                    + " đang được một chương trình khác mở (có thể là một cửa sổ VTVL Studio khác). "
                    + "Hãy đóng chương trình đó rồi thử lại.", e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new DatabaseException("Tệp " + dataFile + " không phải cơ sở dữ liệu VTVL Studio hoặc đã hỏng.", e);
        }
        return new DatabaseException("Không mở được cơ sở dữ liệu " + dataFile + ": " + e.getMessage(), e);
    }

    /** The path without the {@code .mv.db} suffix, as H2 wants it. */
    public static Path basePath(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            return path.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
        }
        return path;
    }

    /** The {@code .mv.db} file on disk. */
    public static Path dataFile(Path path) {
        Path base = basePath(path);
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public Path file() {
        return file;
    }

    /** True when this open ran Flyway (false when the schema was already current). */
    boolean flywayRan() {
        return flywayRan;
    }

    /** True when this open created the file. */
    public boolean wasCreated() {
        return created;
    }

    /** The context of the current transaction on this thread, or an auto-commit one. */
    DSLContext dsl() {
        DSLContext tx = transactionContext.get();
        return tx != null ? tx : defaultContext;
    }

    Supplier<DSLContext> contextSupplier() {
        return this::dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactionContext.get() != null) {
            return work.get();
        }
        return defaultContext.transactionResult(configuration -> {
            transactionContext.set(configuration.dsl());
            try {
                return work.get();
            } finally {
                transactionContext.remove();
            }
        });
    }

    public AgencyRepository agencies() {
        return new JooqAgencyRepository(contextSupplier());
    }

    public SchemeRepository schemes() {
        return new JooqSchemeRepository(contextSupplier());
    }

    public PositionRepository positions() {
        return new JooqPositionRepository(contextSupplier());
    }

    public QuotaRepository quotas() {
        return new JooqQuotaRepository(contextSupplier());
    }

    public ReferenceRepository reference() {
        return new JooqReferenceRepository(contextSupplier());
    }

    /** The schema version Flyway last applied, e.g. "2". */
    public String schemaVersion() {
        return dsl().resultQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\" DESC LIMIT 1").fetchOne(0, String.class);
    }

    /** Writes the whole database (schema, data, migration history) as an H2 SQL script. */
    public void exportScript(Path sqlFile) {
        dsl().execute("SCRIPT TO " + DSL.inline(sqlFile.toAbsolutePath().toString()).toString() + " CHARSET 'UTF-8'");
    }

    /**
     * Builds a new database file at {@code path} from a script made by {@link #exportScript}, without migrating it;
     * {@link #open} brings it up to date afterwards.
     *
     * @throws DatabaseException when the file exists already or the script does not run
     */
    public static void createFromScript(Path path, Path sqlFile) {
        Path dataFile = dataFile(path);
        if (Files.exists(dataFile)) {
            throw new DatabaseException("Đã có tệp " + dataFile + "; không ghi đè khi khôi phục.", null);
        }
        String url = url(basePath(path));
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
             java.sql.Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM " + DSL.inline(sqlFile.toAbsolutePath().toString()) + " CHARSET 'UTF-8'");
        } catch (SQLException e) {
            throw new DatabaseException("Không dựng lại được cơ sở dữ liệu từ bản sao lưu: " + e.getMessage(), e);
        }
    }

    /** The rule packs (settings per regime, overrides per scheme) of this database, sharing its transactions. */
    public vn.vtvlstudio.domain.RulePackRepository rulePacks() {
        return new JooqRulePackRepository(contextSupplier());
    }

    /** All repositories of this database, sharing its transactions. */
    public Repositories repositories() {
        return new Repositories(this, agencies(), schemes(), positions(), quotas(), reference(),
                new JooqAuditRepository(contextSupplier()));
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
