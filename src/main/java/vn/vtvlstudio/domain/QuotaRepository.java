package vn.vtvlstudio.domain;

import java.util.Collection;
import java.util.List;

/** Assigned quotas (biên chế được giao). */
public interface QuotaRepository {

    List<Quota> findAll();

    List<Quota> findByAgencies(Collection<Long> agencyIds);

    Quota insert(Quota quota);

    void update(Quota quota);

    void delete(long id);
}
