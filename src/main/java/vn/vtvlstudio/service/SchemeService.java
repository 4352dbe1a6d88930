package vn.vtvlstudio.service;

import vn.vtvlstudio.domain.Repositories;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vtvlstudio.domain.Agency;
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
        return repos.transactor().inTransaction(() -> {
            Scheme scheme = repos.schemes().find(schemeId)
                    .orElseThrow(() -> new NotFoundException("Không có đề án số " + schemeId + "."));
            List<Agency> all = repos.agencies().findAll();
            Set<Long> subtree = new AgencyTree(all).subtreeIds(scheme.rootAgencyId());
            List<Agency> agencies = all.stream().filter(a -> subtree.contains(a.id())).toList();
            Regime regime = repos.reference().regime(scheme.regimeCode())
                    .orElseThrow(() -> new NotFoundException("Đề án " + schemeId + " dùng bộ quy tắc không có: " + scheme.regimeCode()));
            return new SchemeSnapshot(scheme, regime, agencies,
                    repos.agencies().findAllUnits().stream().filter(u -> subtree.contains(u.agencyId())).toList(),
                    repos.positions().findByScheme(schemeId),
                    repos.quotas().findByAgencies(subtree),
                    repos.positions().descriptionsOf(schemeId),
                    repos.positions().requirementsOf(schemeId),
                    repos.reference().competencies(),
                    repos.reference().grades(),
                    repos.schemes().legalReferencesOf(schemeId),
                    repos.reference().deputyLimits());
        });
    }

    public SchemeSummary summary(SchemeSnapshot snapshot) {
        Scheme s = snapshot.scheme();
        Totals t = snapshot.totals();
        return new SchemeSummary(s.id(), s.title(), s.regimeCode(), s.year(), t.positions(), t.headcount(), t.bienChe(),
                t.positionsByGroupOrdered());
    }

    public List<SchemeSummary> summaries() {
        return schemes().stream().map(s -> summary(snapshot(s.id()))).toList();
    }
}
