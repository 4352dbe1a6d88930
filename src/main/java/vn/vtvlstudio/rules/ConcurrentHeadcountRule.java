package vn.vtvlstudio.rules;

import java.util.Map;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.WorkloadType;

/**
 * CONCURRENT_HEADCOUNT: a concurrent (kiêm nhiệm) position has headcount 0, and a position with headcount 0 is
 * concurrent (NĐ 106 Art. 3.4). Counting already ignores the first case; the finding makes the entry honest.
 */
public final class ConcurrentHeadcountRule extends ScopedRule<Position, Void> {

    @Override
    public String id() {
        return "CONCURRENT_HEADCOUNT";
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Void configure(RuleSetting s) {
        return null;
    }

    @Override
    protected void check(Position p, Void config, Emitter emit) {
        int people = p.headcount().total();
        boolean concurrent = p.workloadType() == WorkloadType.KIEM_NHIEM;
        if (concurrent && people > 0) {
            emit.position(p, "concurrentWithPeople", Map.of("headcount", people), people);
        } else if (!concurrent && people == 0) {
            emit.position(p, "emptyNotConcurrent", Map.of("workload", p.workloadType().name()), p.workloadType());
        }
    }
}
