package vn.vtvlstudio.domain;

import java.util.List;
import java.util.Optional;

/** Schemes and the legal basis each cites. */
public interface SchemeRepository {

    List<Scheme> findAll();

    Optional<Scheme> find(long id);

    Scheme insert(Scheme scheme);

    void update(Scheme scheme);

    void delete(long id);

    void linkLegalReference(long schemeId, long legalReferenceId, int ordinal);

    List<LegalReference> legalReferencesOf(long schemeId);
}
