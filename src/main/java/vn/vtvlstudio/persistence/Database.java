package vn.vtvlstudio.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
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

    private Database(Path file, boolean created, JdbcConnectionPool pool, boolean flywayRan) {
        this.file = file;
        this.created = created;
        this.pool = pool;
        this.flywayRan = flywayRan;
        this.defaultContext = DSL.using(pool, SQLDialect.H2);
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
        // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, after the last write, not from a shutdown hook racing us.
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
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
        return new Database(dataFile, created, pool, flywayRan);
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

    /** All repositories of this database, sharing its transactions. */
    public Repositories repositories() {
        return new Repositories(this, agencies(), schemes(), positions(), quotas(), reference());
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
