package vn.vtvlstudio.domain;

import java.util.List;
import java.util.Optional;

/** Positions of a scheme with their job descriptions and competency requirements. */
public interface PositionRepository {

    List<Position> findByScheme(long schemeId);

    Optional<Position> find(long id);

    Position insert(Position position);

    void update(Position position);

    void delete(long id);

    int countByScheme(long schemeId);

    List<JobDescription> descriptionsOf(long schemeId);

    Optional<JobDescription> findDescription(long positionId);

    /** Replaces the description (and its tasks) of a position. */
    void saveDescription(JobDescription description);

    List<CompetencyRequirement> requirementsOf(long schemeId);

    /** Replaces the competency requirements of one position. */
    void saveRequirements(long positionId, List<CompetencyRequirement> requirements);
}
