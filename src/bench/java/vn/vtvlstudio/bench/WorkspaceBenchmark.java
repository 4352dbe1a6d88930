package vn.vtvlstudio.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.persistence.Database;
import vn.vtvlstudio.service.CheckService;
import vn.vtvlstudio.service.EditHistory;
import vn.vtvlstudio.service.EditService;
import vn.vtvlstudio.service.SampleLoader;
import vn.vtvlstudio.service.SchemeService;
import vn.vtvlstudio.ui.Theme;
import vn.vtvlstudio.ui.main.MainView;
import vn.vtvlstudio.ui.main.MainViewModel;
import vn.vtvlstudio.ui.main.PositionRow;

/**
 * Opens a scheme of 5,000 positions in the real main window and scrolls its positions table; goal: "opens in under
 * 1 s and scrolls smoothly (virtualised tables)".
 *
 * <p>The scheme is the Hậu Giang sample copied 16 times under one root (names, job descriptions, competency
 * frameworks, quotas and findings as real as the sample's) and cut at 5,000 positions, stored through
 * {@link SampleLoader} in an H2 file. <b>Open</b> is timed from {@code MainViewModel.load()} in a window already
 * shown (as when the user picks a scheme) until the first layout pulse whose positions table shows position rows,
 * and on until the findings panel is filled; it covers reading the snapshot from the file on the background thread,
 * the ViewModel's grouping, the agency tree, the table rebuild, the other tabs' ViewModels, CSS and layout. The full
 * check runs after the table is shown, as in the application. <b>Scrolling</b> moves the table from top to bottom
 * three rows at a time as a mouse wheel does: once as fast as possible, timing each step's scroll + CSS + layout,
 * and once one step per animation frame, timing the frames. The table's row factory is wrapped to count the rows
 * it creates: a virtualised table makes about a screenful, not 5,000.
 *
 * <p>Headless under Monocle by default (software rendering, as the UI tests); {@code -Dbench.monocle=false} uses the
 * real glass window, e.g. under Xvfb.
 *
 * <p>Run: {@code mvn -B -q -o -Pbench compile exec:java -Dbench.main=vn.vtvlstudio.bench.WorkspaceBenchmark}
 */
public final class WorkspaceBenchmark {

    static final int POSITIONS = 5_000;
    static final int COPIES = 16;
    static final int WARM_UP = Integer.getInteger("bench.warmup", 2);
    static final int RUNS = Integer.getInteger("bench.runs", 7);

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WorkspaceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!"false".equals(System.getProperty("bench.monocle"))) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        System.out.printf("machine: %d cores, load average %.2f, %s %s%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        // -Dbench.db=DIR keeps the stored scheme between runs (storing it takes a minute); default: a fresh temporary folder
        String keep = System.getProperty("bench.db");
        Path dir = keep != null ? Files.createDirectories(Path.of(keep)) : Files.createTempDirectory("vtvl-bench-workspace");
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "vtvl-background");
            t.setDaemon(true);
            return t;
        });
        try (Database db = Database.open(dir.resolve("bench"))) {
            long t0 = System.nanoTime();
            Scheme scheme = db.schemes().findAll().stream().findFirst().orElse(null);
            if (scheme == null) {
                scheme = store(db);
                System.out.printf("stored in %s in %,d ms%n", db.file(), (System.nanoTime() - t0) / 1_000_000);
            } else {
                System.out.printf("reusing the scheme stored in %s%n", db.file());
            }
            parts(db, scheme);

            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            Platform.setImplicitExit(false);
            onFx(() -> {
                Theme.apply();
                return null;
            });
            ResourceBundle messages = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag("vi-VN"));

            long[] table = new long[RUNS];
            long[] findings = new long[RUNS];
            long[] fxWork = new long[RUNS];
            long[] layout = new long[RUNS];
            long[] cpu = new long[RUNS];
            Window last = null;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                if (last != null) {
                    Stage closing = last.stage;
                    onFx(() -> {
                        closing.close();
                        return null;
                    });
                }
                last = open(db, background, messages);
                if (i >= WARM_UP) {
                    int k = i - WARM_UP;
                    table[k] = last.tableShown - last.start;
                    findings[k] = last.findingsShown - last.start;
                    fxWork[k] = last.fxWork;
                    layout[k] = last.layoutUntilTable;
                    cpu[k] = last.cpuUntilTable;
                }
            }
            Window w = last;
            System.out.printf("window: %,d rows in the table (%,d positions + group headings), %s; %s%n",
                    onFx(() -> w.view.positionTable().getExpandedItemCount()), POSITIONS, onFx(() -> w.vm.findingsSummaryProperty().get()),
                    onFx(() -> w.vm.positionsTotalProperty().get() + " positions in the totals bar"));
            System.out.printf("open, until the table shows its rows (median of %d, after %d warm-up): %s%n", RUNS, WARM_UP, stats(table));
            System.out.printf("   of which on the FX thread: publishing (ViewModel + view rebuild) %s; CSS + layout pulses %s%n",
                    stats(fxWork), stats(layout));
            System.out.printf("   CPU of the background and FX threads until then (what an idle machine waits for): %s%n", stats(cpu));
            System.out.printf("open, until the findings panel is filled: %s%n", stats(findings));
            System.out.printf("table rows created while opening: %d (row height %s px, fixed: %s)%n", w.rows.size(),
                    onFx(() -> w.rows.get(0).getHeight()), onFx(() -> w.view.positionTable().getFixedCellSize()));
            scroll(w);
            onFx(() -> {
                w.stage.close();
                return null;
            });
        } finally {
            background.shutdownNow();
            Platform.exit();
            if (keep == null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** The parts of opening that do not need the window: reading the snapshot and the full check. */
    private static void parts(Database db, Scheme scheme) {
        SchemeService schemes = new SchemeService(db.repositories());
        CheckService checks = new CheckService(db.rulePacks(), db);
        long[] read = new long[RUNS];
        long[] readCpu = new long[RUNS];
        long[] check = new long[RUNS];
        SchemeSnapshot snap = null;
        int found = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            snap = schemes.snapshot(scheme.id());
            long r = System.nanoTime();
            long cpuRead = THREADS.getCurrentThreadCpuTime() - cpu;
            found = checks.check(snap).size();
            long c = System.nanoTime();
            if (i >= WARM_UP) {
                read[i - WARM_UP] = r - s;
                readCpu[i - WARM_UP] = cpuRead;
                check[i - WARM_UP] = c - r;
            }
        }
        System.out.printf("scheme: %,d agencies, %,d units, %,d positions, %,d competency requirements, %,d job descriptions, %,d findings%n",
                snap.agencies().all().size(), snap.units().size(), snap.positions().size(), snap.requirements().size(),
                snap.descriptions().size(), found);
        System.out.printf("snapshot read from the H2 file: %s; CPU of the reading thread %s%n", stats(read), stats(readCpu));
        System.out.printf("full check of the snapshot: %s%n", stats(check));
    }

    /** A main window as the application builds it, with the clock hooks of one open. */
    private static final class Window {
        Stage stage;
        MainView view;
        MainViewModel vm;
        final List<TreeTableRow<PositionRow>> rows = new ArrayList<>();
        long start;
        long tableShown;
        long findingsShown;
        long fxWork;
        long layoutUntilTable;
        long pulseStart;
        long fxThread;
        long backgroundThread;
        long cpuAtStart;
        long cpuUntilTable;
        final CountDownLatch shown = new CountDownLatch(1);
        final CountDownLatch checked = new CountDownLatch(1);
    }

    private static Window open(Database db, ExecutorService background, ResourceBundle messages) throws Exception {
        Window w = new Window();
        onFx(() -> {
            java.util.concurrent.Executor ui = r -> Platform.runLater(() -> {
                long s = System.nanoTime();
                r.run();
                w.fxWork += System.nanoTime() - s;
            });
            w.vm = new MainViewModel(new SchemeService(db.repositories()), new EditService(db.repositories(), new EditHistory(db)),
                    messages, background, ui);
            w.vm.setChecks(new CheckService(db.rulePacks(), db));
            w.view = new MainView(w.vm, messages);
            Scene scene = new Scene(w.view.load(), 1366, 740);
            TreeTableView<PositionRow> table = w.view.positionTable();
            var original = table.getRowFactory();
            table.setRowFactory(t -> {
                TreeTableRow<PositionRow> row = original.call(t);
                w.rows.add(row);
                return row;
            });
            scene.addPreLayoutPulseListener(() -> w.pulseStart = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                long now = System.nanoTime();
                if (w.start == 0) {
                    return;
                }
                if (w.tableShown == 0) {
                    w.layoutUntilTable += now - w.pulseStart;
                    if (w.rows.stream().anyMatch(r -> r.isVisible() && r.getItem() != null && !r.getItem().groupRow())) {
                        w.tableShown = now;
                        w.cpuUntilTable = cpu(w) - w.cpuAtStart;
                        w.shown.countDown();
                    }
                }
                if (w.findingsShown == 0 && !w.vm.findingsSummaryProperty().get().isEmpty()) {
                    w.findingsShown = now;
                    w.checked.countDown();
                }
                if (w.findingsShown == 0) {
                    Platform.requestNextPulse();
                }
            });
            w.stage = new Stage();
            w.stage.setScene(scene);
            w.stage.show();
            return null;
        });
        // the empty window settles (first CSS and layout of its controls) before the clock starts
        settle(w.stage.getScene());
        w.backgroundThread = background.submit(() -> Thread.currentThread().getId()).get();
        onFx(() -> {
            w.fxThread = Thread.currentThread().getId();
            w.fxWork = 0;
            w.cpuAtStart = cpu(w);
            w.start = System.nanoTime();
            w.vm.load();
            Platform.requestNextPulse();
            return null;
        });
        if (!w.shown.await(120, TimeUnit.SECONDS) || !w.checked.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the scheme did not open within 2 minutes");
        }
        return w;
    }

    /** CPU time of the two threads an open runs on, one after the other: the background (reading) and the FX thread. */
    private static long cpu(Window w) {
        return THREADS.getThreadCpuTime(w.fxThread) + THREADS.getThreadCpuTime(w.backgroundThread);
    }

    /** Scrolls the table top to bottom three rows at a time: once flat out, once one step per frame. */
    private static void scroll(Window w) throws Exception {
        TreeTableView<PositionRow> table = w.view.positionTable();
        int rowsBefore = w.rows.size();
        long[] stepsCpu = {0};
        List<Long> steps = onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            table.scrollTo(0);
            table.applyCss();
            table.layout();
            double delta = 3 * flow.getFirstVisibleCell().getHeight();
            List<Long> out = new ArrayList<>();
            int last = table.getExpandedItemCount() - 1;
            long cpu = THREADS.getCurrentThreadCpuTime();
            while (flow.getLastVisibleCell().getIndex() < last) {
                long s = System.nanoTime();
                flow.scrollPixels(delta);
                table.applyCss();
                table.layout();
                out.add(System.nanoTime() - s);
            }
            stepsCpu[0] = THREADS.getCurrentThreadCpuTime() - cpu;
            return out;
        });
        System.out.printf("scroll top to bottom, 3 rows a step, flat out: %d steps, scroll + CSS + layout per step: %s%n",
                steps.size(), spread(steps.stream().mapToLong(Long::longValue).toArray()));
        System.out.printf("   FX thread CPU per step, on average: %.2f ms%n", stepsCpu[0] / 1e6 / steps.size());

        // one step per frame: what the user sees while holding the wheel down
        List<Long> frames = new ArrayList<>();
        List<Long> pulses = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Scene scene = w.stage.getScene();
        long[] pulseStart = {0};
        long[] framesCpu = {0};
        Runnable pre = () -> pulseStart[0] = System.nanoTime();
        Runnable post = () -> pulses.add(System.nanoTime() - pulseStart[0]);
        onFx(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            table.scrollTo(0);
            table.applyCss();
            table.layout();
            double delta = 3 * flow.getFirstVisibleCell().getHeight();
            int last = table.getExpandedItemCount() - 1;
            scene.addPreLayoutPulseListener(pre);
            scene.addPostLayoutPulseListener(post);
            framesCpu[0] = THREADS.getCurrentThreadCpuTime();
            new AnimationTimer() {
                long previous;

                @Override
                public void handle(long now) {
                    if (previous != 0) {
                        frames.add(now - previous);
                    }
                    previous = now;
                    if (flow.getLastVisibleCell() != null && flow.getLastVisibleCell().getIndex() >= last) {
                        framesCpu[0] = THREADS.getCurrentThreadCpuTime() - framesCpu[0];
                        stop();
                        done.countDown();
                        return;
                    }
                    flow.scrollPixels(delta);
                }
            }.start();
            return null;
        });
        if (!done.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("scrolling did not reach the end within 5 minutes");
        }
        onFx(() -> {
            scene.removePreLayoutPulseListener(pre);
            scene.removePostLayoutPulseListener(post);
            return null;
        });
        long[] f = frames.stream().mapToLong(Long::longValue).toArray();
        long late = Arrays.stream(f).filter(x -> x > 25_000_000L).count();
        System.out.printf("scroll one step per frame: %d frames, frame interval %s; %d frames over 25 ms%n",
                f.length, spread(f), late);
        System.out.printf("   FX thread CPU per frame, on average: %.2f ms%n", framesCpu[0] / 1e6 / Math.max(1, f.length));
        System.out.printf("   CSS + layout within those pulses: %s%n", spread(pulses.stream().mapToLong(Long::longValue).toArray()));
        Set<TreeTableRow<PositionRow>> distinct = new HashSet<>(w.rows);
        System.out.printf("table rows created: %d when open, %d after scrolling through %,d rows (distinct %d)%n",
                rowsBefore, w.rows.size(), onFx(table::getExpandedItemCount), distinct.size());
    }

    // ------------------------------------------------------------------ the scheme

    /**
     * The Hậu Giang sample 16 times under one root, codes prefixed by the copy ("P07-HG-VPTU"), cut at 5,000
     * positions (links to positions past the cut are dropped), stored as one sample file.
     */
    static Scheme store(Database db) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode sample;
        try (InputStream in = SampleLoader.class.getResourceAsStream("/sample-data/hau-giang-2024.json")) {
            sample = mapper.readTree(in);
        }
        ObjectNode out = mapper.createObjectNode();
        out.set("competencies", sample.get("competencies"));
        ArrayNode agencies = out.putArray("agencies");
        ArrayNode quotas = out.putArray("quotas");
        ArrayNode positions = out.putArray("positions");
        ObjectNode root = agencies.addObject();
        root.put("code", "BENCH").put("name", "Các cơ quan của " + COPIES + " tỉnh (dữ liệu giả lập từ mẫu Hậu Giang)")
                .put("shortName", "Khối giả lập " + COPIES + " tỉnh").put("kind", "GROUPING").put("level", "PROVINCE")
                .put("bloc", "PARTY_FRONT").putNull("parent").put("provinceType", "II").putNull("autonomyGroup");
        root.putArray("units");
        String rootCode = sample.get("scheme").get("rootAgency").asText();
        Set<String> codes = new HashSet<>();
        for (int copy = 1; copy <= COPIES && positions.size() < POSITIONS; copy++) {
            String prefix = String.format("P%02d-", copy);
            for (JsonNode a : sample.get("agencies")) {
                ObjectNode c = a.deepCopy();
                c.put("code", prefix + a.get("code").asText());
                if (a.get("code").asText().equals(rootCode)) {
                    c.put("name", a.get("name").asText() + " (bản " + copy + ")");
                    c.put("shortName", a.get("shortName").asText() + " (bản " + copy + ")");
                    c.put("parent", "BENCH");
                } else {
                    c.put("parent", prefix + a.get("parent").asText());
                }
                agencies.add(c);
            }
            for (JsonNode q : sample.get("quotas")) {
                quotas.add(((ObjectNode) q.deepCopy()).put("agency", prefix + q.get("agency").asText()));
            }
            for (JsonNode p : sample.get("positions")) {
                if (positions.size() == POSITIONS) {
                    break;
                }
                ObjectNode c = p.deepCopy();
                c.put("code", prefix + p.get("code").asText());
                c.put("agency", prefix + p.get("agency").asText());
                if (p.hasNonNull("linkedTo")) {
                    c.put("linkedTo", prefix + p.get("linkedTo").asText());
                }
                codes.add(c.get("code").asText());
                positions.add(c);
            }
        }
        for (JsonNode p : positions) {
            if (p.hasNonNull("linkedTo") && !codes.contains(p.get("linkedTo").asText())) {
                ((ObjectNode) p).putNull("linkedTo");
            }
        }
        ObjectNode scheme = sample.get("scheme").deepCopy();
        scheme.put("title", "Đề án giả lập " + POSITIONS + " vị trí việc làm (" + COPIES + " bản mẫu Hậu Giang)");
        scheme.put("rootAgency", "BENCH");
        out.set("scheme", scheme);
        return new SampleLoader(db.repositories()).load(new ByteArrayInputStream(mapper.writeValueAsBytes(out)), "bench-5000.json");
    }

    // ------------------------------------------------------------------ helpers

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(300, TimeUnit.SECONDS);
    }

    /** Waits for two layout pulses of an idle window. */
    private static void settle(Scene scene) throws Exception {
        for (int i = 0; i < 2; i++) {
            CountDownLatch pulsed = new CountDownLatch(1);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                pulsed.countDown();
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            };
            onFx(() -> {
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
                return null;
            });
            pulsed.await(30, TimeUnit.SECONDS);
        }
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.0f ms (min %.0f, max %.0f)", s[s.length / 2] / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6);
    }

    private static String spread(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("median %.2f ms, p95 %.2f ms, max %.2f ms", s[s.length / 2] / 1e6, s[p95(s.length)] / 1e6,
                s[s.length - 1] / 1e6);
    }

    private static int p95(int n) {
        return Math.max(0, (int) Math.ceil(n * 0.95) - 1);
    }
}
