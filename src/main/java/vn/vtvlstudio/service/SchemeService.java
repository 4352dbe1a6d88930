package vn.vtvlstudio.service;

import vn.vtvlstudio.domain.Repositories;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vtvlstudio.domain.AdminLevel;
import vn.vtvlstudio.domain.Agency;
import vn.vtvlstudio.domain.AgencyKind;
import vn.vtvlstudio.domain.Bloc;
import vn.vtvlstudio.domain.Counting;
import vn.vtvlstudio.domain.Progress;
import vn.vtvlstudio.domain.SchemeStatus;
import vn.vtvlstudio.domain.AgencyTree;
import vn.vtvlstudio.domain.Regime;
import vn.vtvlstudio.domain.Scheme;
import vn.vtvlstudio.domain.SchemeSnapshot;
import vn.vtvlstudio.domain.Totals;

/** Reading schemes: the list, their summaries and a full snapshot for checks, export and the window. */
public final class SchemeService {

    private final Repositories repos;

    public SchemeService(Repositories repos) {
        this.repos = repos;
    }

    public List<Scheme> schemes() {
        return repos.schemes().findAll();
    }

    public Optional<Scheme> scheme(long id) {
        return repos.schemes().find(id);
    }

    /** Reads everything about one scheme in one transaction, so the parts agree with each other. */
    public SchemeSnapshot snapshot(long schemeId) {
        return snapshot(schemeId, Progress.NONE);
    }

    /**
     * As {@link #snapshot(long)}, telling {@code progress} after each of its {@value #SNAPSHOT_STEPS} reads (positions,
     * descriptions and competency requirements are the big ones) and stopping between them when it is cancelled.
     */
    public SchemeSnapshot snapshot(long schemeId, Progress progress) {
        return repos.transactor().inTransaction(() -> {
            int[] step = {0};
            Runnable next = () -> {
                progress.worked(++step[0], SNAPSHOT_STEPS);
                progress.checkCancelled();
            };
            Scheme scheme = repos.schemes().find(schemeId)
                    .orElseThrow(() -> new NotFoundException("Không có đề án số " + schemeId + "."));
            List<Agency> all = repos.agencies().findAll();
            Set<Long> subtree = new AgencyTree(all).subtreeIds(scheme.rootAgencyId());
            List<Agency> agencies = all.stream().filter(a -> subtree.contains(a.id())).toList();
            Regime regime = repos.reference().regime(scheme.regimeCode())
                    .orElseThrow(() -> new NotFoundException("Đề án " + schemeId + " dùng bộ quy tắc không có: " + scheme.regimeCode()));
            next.run();
            var units = repos.agencies().findAllUnits().stream().filter(u -> subtree.contains(u.agencyId())).toList();
            next.run();
            var positions = repos.positions().findByScheme(schemeId);
            next.run();
            var quotas = repos.quotas().findByAgencies(subtree);
            next.run();
            var descriptions = repos.positions().descriptionsOf(schemeId);
            next.run();
            var requirements = repos.positions().requirementsOf(schemeId);
            next.run();
            var competencies = repos.reference().competencies();
            var grades = repos.reference().grades();
            var legal = repos.schemes().legalReferencesOf(schemeId);
            var deputies = repos.reference().deputyLimits();
            next.run();
            SchemeSnapshot snapshot = new SchemeSnapshot(scheme, regime, agencies, units, positions, quotas, descriptions,
                    requirements, competencies, grades, legal, deputies);
            next.run();
            return snapshot;
        });
    }

    /** Steps of {@link #snapshot(long, Progress)}. */
    static final int SNAPSHOT_STEPS = 8;

    /**
     * Starts a new, empty scheme: a new root agency and a draft scheme under the chosen regime, in one transaction.
     *
     * @throws InvalidEditException naming the field when the input is not acceptable
     */
    public Scheme create(String title, String agencyName, AgencyKind kind, AdminLevel level, String regimeCode, int year) {
        if (title == null || title.isBlank()) {
            throw new InvalidEditException("Tên đề án", "Hãy nhập tên đề án.");
        }
        if (agencyName == null || agencyName.isBlank()) {
            throw new InvalidEditException("Cơ quan", "Hãy nhập tên cơ quan lập đề án.");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidEditException("Năm", "Năm của đề án phải từ 2000 đến 2100 (đã nhập " + year + ").");
        }
        if (repos.reference().regime(regimeCode).isEmpty()) {
            throw new InvalidEditException("Chế độ áp dụng", "Không có chế độ (bộ quy tắc) " + regimeCode + ".");
        }
        return repos.transactor().inTransaction(() -> {
            int n = repos.agencies().findAll().size() + 1;
            String code = "DA" + n;
            while (repos.agencies().findByCode(code).isPresent()) {
                code = "DA" + (++n);
            }
            Bloc bloc = kind == AgencyKind.ADMINISTRATIVE ? Bloc.GOVERNMENT
                    : kind == AgencyKind.PUBLIC_SERVICE ? Bloc.PUBLIC_SERVICE : Bloc.PARTY_FRONT;
            Agency agency = repos.agencies().insert(new Agency(null, code, agencyName.strip(), null, kind, level, bloc, null,
                    null, null, n));
            return repos.schemes().insert(new Scheme(null, agency.id(), title.strip(), regimeCode, year, SchemeStatus.DRAFT, 1,
                    null, null, false, null));
        });
    }

    public List<Regime> regimes() {
        return repos.reference().regimes();
    }

    public SchemeSummary summary(SchemeSnapshot snapshot) {
        return summary(snapshot.scheme(), snapshot.totals());
    }

    /** The summary of one scheme, counted from its positions alone (no descriptions or competencies are read). */
    public SchemeSummary summary(long schemeId) {
        Scheme s = scheme(schemeId).orElseThrow(() -> new NotFoundException("Không có đề án số " + schemeId + "."));
        return summary(s, Counting.totals(repos.positions().findByScheme(schemeId)));
    }

    private static SchemeSummary summary(Scheme s, Totals t) {
        return new SchemeSummary(s.id(), s.title(), s.regimeCode(), s.year(), t.positions(), t.headcount(), t.bienChe(),
                t.positionsByGroupOrdered());
    }

    public List<SchemeSummary> summaries() {
        return schemes().stream().map(s -> summary(s, Counting.totals(repos.positions().findByScheme(s.id())))).toList();
    }
}
