package vn.vtvlstudio.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.RuleOverrideRow;
import vn.vtvlstudio.domain.SchemeSnapshot;

/**
 * Runs a rule pack on a scheme: applies the scheme's severity overrides (OFF drops the rule), builds the shared
 * roll-ups once, and returns every finding sorted by severity, then target. The entry point of the CLI, the UI and
 * the dossier's "Kết quả kiểm tra" sheet.
 */
public final class RuleEngine {

    /** Severity (ERROR first), then target path, rule order, target id and message: a total, stable order. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::target, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(f -> RuleCatalog.order(f.ruleId()))
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::targetKind)
            .thenComparingLong(Finding::targetId)
            .thenComparing(Finding::messageVi);

    private RuleEngine() {
    }

    /** Checks a scheme against a pack with the scheme's overrides (rule id → severity; may be empty). */
    public static List<Finding> check(SchemeSnapshot snapshot, RulePack pack, Map<String, Severity> overrides) {
        return check(RuleContext.of(snapshot), pack, overrides, Progress.NONE);
    }

    /**
     * As {@link #check(SchemeSnapshot, RulePack, Map)}, telling {@code progress} after each agency or unit rule and
     * every {@value #POSITIONS_PER_REPORT} positions, and stopping there with {@link vn.vtvlstudio.domain.CancelledException}
     * when it is cancelled. {@code progress} may be called from several threads.
     */
    public static List<Finding> check(SchemeSnapshot snapshot, RulePack pack, Map<String, Severity> overrides, Progress progress) {
        return check(RuleContext.of(snapshot), pack, overrides, progress);
    }

    /** The same on a prepared context (its roll-ups can then be shown beside the findings). */
    public static List<Finding> check(RuleContext ctx, RulePack pack, Map<String, Severity> overrides) {
        return check(ctx, pack, overrides, Progress.NONE);
    }

    /** Positions checked between two reports to the progress bar (and checks for a cancel). */
    static final int POSITIONS_PER_REPORT = 1024;

    /** Steps done of a check: one per agency or unit rule, one per position; shared by the threads of the position pass. */
    private record Steps(Progress progress, long total, java.util.concurrent.atomic.AtomicLong done) {
        void add(long n) {
            long d = done.addAndGet(n);
            progress.worked(Math.min(d, total), total);
            progress.checkCancelled();
        }
    }

    /** The same on a prepared context, reporting to {@code progress}. */
    public static List<Finding> check(RuleContext ctx, RulePack pack, Map<String, Severity> overrides, Progress progress) {
        List<RulePack.Entry> entries = effective(pack, overrides, ctx.schemeDate());
        long otherRules = entries.stream()
                .filter(e -> !(e.rule() instanceof ScopedRule<?, ?> scoped && scoped.scope() == Scope.POSITION)).count();
        Steps steps = new Steps(progress, Math.max(1, otherRules + targets(ctx, Scope.POSITION).size()),
                new java.util.concurrent.atomic.AtomicLong());
        // The position rules' indexes (codes, framework references, competency counts) are built on the pool
        // while this thread builds the roll-ups and runs the agency and unit rules.
        List<java.util.concurrent.CompletableFuture<Void>> preparing = new ArrayList<>();
        for (RulePack.Entry e : entries) {
            if (e.rule() instanceof ScopedRule<?, ?> scoped && scoped.scope() == Scope.POSITION) {
                preparing.add(java.util.concurrent.CompletableFuture.runAsync(() -> scoped.prepareIn(ctx), POOL));
            }
        }
        List<Finding> out = new ArrayList<>();
        List<ScopedRule.Bound> positionRules = new ArrayList<>();
        try {
            for (RulePack.Entry e : entries) {
                if (e.rule() instanceof ScopedRule<?, ?> scoped) {
                    if (scoped.scope() == Scope.POSITION) {
                        positionRules.add(scoped.bindPrepared(ctx, e.setting()));
                        continue;
                    }
                    ScopedRule.Bound bound = scoped.bind(ctx, e.setting());
                    for (Object target : targets(ctx, scoped.scope())) {
                        bound.check(target, out);
                    }
                } else {
                    for (Finding f : e.rule().check(ctx.snapshot(), e.setting())) {
                        out.add(f.withSeverity(e.setting().severity()));
                    }
                }
                steps.add(1);
            }
        } finally {
            preparing.forEach(java.util.concurrent.CompletableFuture::join);
        }
        try {
            checkPositions(ctx, positionRules, out, steps);
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof vn.vtvlstudio.domain.CancelledException cancelled) {
                throw cancelled; // a worker of the position pass saw the cancel first
            }
            throw e;
        }
        out.sort(ORDER);
        steps.progress().worked(steps.total(), steps.total());
        return out;
    }

    /**
     * One pass over the positions with every position rule, so that each position is read once while it is in
     * cache; large schemes are split over the available processors (the rules are pure and their shared indexes
     * were built when they were bound).
     */
    private static void checkPositions(RuleContext ctx, List<ScopedRule.Bound> rules, List<Finding> out, Steps steps) {
        List<?> positions = (List<?>) targets(ctx, Scope.POSITION);
        int workers = Math.min(Runtime.getRuntime().availableProcessors(),
                Math.max(1, positions.size() / Math.max(1, parallelThreshold)));
        if (workers <= 1 || rules.isEmpty()) {
            checkSlice(positions, rules.toArray(new ScopedRule.Bound[0]), out, steps);
            return;
        }
        int chunk = (positions.size() + workers - 1) / workers;
        List<java.util.concurrent.CompletableFuture<List<Finding>>> futures = new ArrayList<>();
        for (int w = 1; w < workers; w++) {
            List<?> slice = positions.subList(Math.min(positions.size(), w * chunk), Math.min(positions.size(), (w + 1) * chunk));
            ScopedRule.Bound[] copies = rules.stream().map(ScopedRule.Bound::copy).toArray(ScopedRule.Bound[]::new);
            futures.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                List<Finding> found = new ArrayList<>();
                checkSlice(slice, copies, found, steps);
                return found;
            }, POOL));
        }
        checkSlice(positions.subList(0, Math.min(positions.size(), chunk)), rules.toArray(new ScopedRule.Bound[0]), out, steps);
        for (var f : futures) {
            out.addAll(f.join());
        }
    }

    private static void checkSlice(List<?> positions, ScopedRule.Bound[] rules, List<Finding> out, Steps steps) {
        int sinceReport = 0;
        for (Object p : positions) {
            for (ScopedRule.Bound rule : rules) {
                rule.check(p, out);
            }
            if (++sinceReport == POSITIONS_PER_REPORT) {
                steps.add(sinceReport);
                sinceReport = 0;
            }
        }
        steps.add(sinceReport);
    }

    /** Positions per worker below which a check stays on one thread (package-private so tests can lower it). */
    static int parallelThreshold = 20_000;

    /** Daemon threads so that a check never keeps the application alive. */
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "rule-check");
        t.setDaemon(true);
        return t;
    });

    /** The pack's entries with overridden severities; rules switched OFF (by the pack or the scheme) left out. */
    public static List<RulePack.Entry> effective(RulePack pack, Map<String, Severity> overrides) {
        List<RulePack.Entry> out = new ArrayList<>();
        for (RulePack.Entry e : pack.entries()) {
            Severity severity = overrides.getOrDefault(e.setting().ruleId(), e.setting().severity());
            if (severity == Severity.OFF) {
                continue;
            }
            out.add(new RulePack.Entry(e.rule(), e.setting().withSeverity(severity)));
        }
        return out;
    }

    /** {@link #effective(RulePack, Map)} without the settings that are not in force on the scheme's date. */
    public static List<RulePack.Entry> effective(RulePack pack, Map<String, Severity> overrides, java.time.LocalDate date) {
        List<RulePack.Entry> out = new ArrayList<>();
        for (RulePack.Entry e : effective(pack, overrides)) {
            if (e.setting().inForceOn(date)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Stored override rows as the map {@link #check} takes. */
    public static Map<String, Severity> overrides(Collection<RuleOverrideRow> rows) {
        Map<String, Severity> out = new HashMap<>();
        for (RuleOverrideRow row : rows) {
            if (row.severity() != null && !row.severity().isBlank()) { // null: the scheme changes thresholds only
                out.put(row.ruleId(), Severity.valueOf(row.severity().trim()));
            }
        }
        return out;
    }

    /** The targets of a scope in a context: current positions, all agencies, all units. */
    static Collection<?> targets(RuleContext ctx, Scope scope) {
        return switch (scope) {
            case POSITION -> ctx.currentPositions();
            case AGENCY -> ctx.snapshot().agencies().all();
            case UNIT -> ctx.snapshot().units();
        };
    }
}
