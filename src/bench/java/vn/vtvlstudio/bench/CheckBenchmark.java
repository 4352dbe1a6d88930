package vn.vtvlstudio.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.StaffCategory;
import vn.vtvlstudio.persistence.JooqRulePackRepository;
import vn.vtvlstudio.rules.Finding;
import vn.vtvlstudio.rules.IncrementalChecker;
import vn.vtvlstudio.rules.RuleEngine;
import vn.vtvlstudio.rules.RulePack;

/**
 * Times the checks on {@link SyntheticSchemes#national}: a full check of 100,000 positions (goal &lt; 250 ms) and a
 * re-check after one edited position (goal &lt; 5 ms). Warm-up first, then the median of several runs. The rule pack
 * is the shipped one, read from a Flyway-migrated in-memory H2 database as the application reads it.
 *
 * <p>Run: {@code mvn -B -q -o -Pbench compile exec:java -Dbench.main=vn.vtvlstudio.bench.CheckBenchmark}
 */
public final class CheckBenchmark {

    private static final String REGIME = "CC_ND361_2025";

    private CheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        RulePack pack = loadPack(REGIME);
        long t0 = System.nanoTime();
        SchemeSnapshot snapshot = SyntheticSchemes.national(REGIME);
        long built = System.nanoTime() - t0;
        System.out.printf("scheme: %,d agencies, %,d units, %,d positions, %,d competency requirements, %,d quotas (built in %d ms)%n",
                snapshot.agencies().all().size(), snapshot.units().size(), snapshot.positions().size(),
                snapshot.requirements().size(), snapshot.quotas().size(), built / 1_000_000);

        List<Finding> findings = List.of();
        for (int i = 0; i < 8; i++) {
            findings = RuleEngine.check(snapshot, pack, Map.of());
        }
        int runs = 11;
        long[] full = new long[runs];
        long[] cpu = new long[runs];
        long[] caller = new long[runs];
        long[] gc = new long[runs];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long g = gcMillis();
            long c = processCpu();
            long t = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            findings = RuleEngine.check(snapshot, pack, Map.of());
            full[i] = System.nanoTime() - s;
            caller[i] = threads.getCurrentThreadCpuTime() - t;
            cpu[i] = processCpu() - c;
            gc[i] = (gcMillis() - g) * 1_000_000;
        }
        System.out.printf("full check: %,d findings; wall median %.1f ms, min %.1f ms, max %.1f ms over %d runs (goal < 250 ms)%n",
                findings.size(), median(full) / 1e6, min(full) / 1e6, max(full) / 1e6, runs);
        // On a shared machine wall time depends on the neighbours; CPU time of the whole process (all threads,
        // GC and JIT included) is what the check itself costs.
        System.out.printf("full check: process CPU median %.1f ms, min %.1f ms (both cores together); calling thread CPU median %.1f ms; GC median %.1f ms%n",
                median(cpu) / 1e6, min(cpu) / 1e6, median(caller) / 1e6, median(gc) / 1e6);
        System.out.printf("load average at the end of the full checks: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long s = System.nanoTime();
        IncrementalChecker checker = new IncrementalChecker(snapshot, pack, Map.of());
        System.out.printf("incremental checker set up (one full check + indexes): %.1f ms%n", (System.nanoTime() - s) / 1e6);

        List<Position> current = new ArrayList<>(snapshot.positions());
        int step = 7_919; // a prime: visits positions all over the tree
        for (int i = 0; i < 2_000; i++) {
            edit(checker, current, (i * step) % current.size(), i);
        }
        int edits = 501;
        long[] inc = new long[edits];
        for (int i = 0; i < edits; i++) {
            int index = ((i + 2_000) * step) % current.size();
            long e = System.nanoTime();
            edit(checker, current, index, i);
            inc[i] = System.nanoTime() - e;
        }
        long[] sorted = inc.clone();
        Arrays.sort(sorted);
        System.out.printf("re-check after one edited position: median %.3f ms, p95 %.3f ms, max %.3f ms over %d edits (goal < 5 ms)%n",
                median(inc) / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6, max(inc) / 1e6, edits);

        long f = System.nanoTime();
        int standing = checker.findings().size();
        System.out.printf("all standing findings listed and sorted after the edits: %,d in %.1f ms%n", standing, (System.nanoTime() - f) / 1e6);
        System.out.printf("available processors: %d, max heap: %,d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** One officer edit: the headcount of a position goes up or down by one. */
    private static void edit(IncrementalChecker checker, List<Position> current, int index, int i) {
        Position before = current.get(index);
        StaffCategory c = before.headcount().cbcc() > 0 ? StaffCategory.CBCC
                : before.headcount().vienChuc() > 0 ? StaffCategory.VIEN_CHUC : StaffCategory.HOP_DONG;
        int n = before.headcount().get(c);
        Position after = before.withHeadcount(before.headcount().with(c, i % 2 == 0 ? n + 1 : Math.max(1, n - 1)));
        checker.update(before, after);
        current.set(index, after);
    }

    private static RulePack loadPack(String regime) throws Exception {
        String url = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DSLContext dsl = DSL.using(connection, SQLDialect.H2);
            return RulePack.load(new JooqRulePackRepository(() -> dsl), regime);
        }
    }

    /** Time spent in garbage collection so far, all collectors, in ms. */
    private static long gcMillis() {
        long sum = 0;
        for (var bean : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, bean.getCollectionTime());
        }
        return sum;
    }

    /** CPU time of the whole JVM process in ns. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
