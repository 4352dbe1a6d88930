package vn.vtvlstudio.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vtvlstudio.domain.JobDescription;
import vn.vtvlstudio.domain.JobTask;
import vn.vtvlstudio.domain.Position;
import vn.vtvlstudio.domain.Requirements;

/**
 * DESCRIPTION_COMPLETE: the job description exists, states an objective, has at least {@code minTasks} tasks with
 * both an output and an evaluation criterion, and fills the {@code requirements} fields named (training,
 * certificates, experience, qualities, itAndLanguages). NĐ 361 / NĐ 232 templates.
 */
public final class DescriptionCompleteRule extends ScopedRule<Position, DescriptionCompleteRule.Config> {

    /** Minimum tasks and required requirement fields. */
    public record Config(int minTasks, List<String> requirements) {
    }

    @Override
    public String id() {
        return "DESCRIPTION_COMPLETE";
    }

    @Override
    public Scope scope() {
        return Scope.POSITION;
    }

    @Override
    protected Config configure(RuleSetting s) {
        return new Config(s.integer("minTasks"), RuleParams.list(s.text("requirements", "")));
    }

    @Override
    protected void check(Position p, Config c, Emitter emit) {
        JobDescription d = emit.ctx().snapshot().descriptions().get(p.id());
        if (d == null) {
            emit.position(p, "missing", Map.of());
            return;
        }
        int complete = completeTasks(d);
        if (complete >= c.minTasks() && !blank(d.objective()) && requirementsFilled(d, c)) {
            return;
        }
        List<Texts.Key> gaps = new ArrayList<>();
        List<String> gapCodes = new ArrayList<>();
        if (blank(d.objective())) {
            gaps.add(new Texts.Key("DESCRIPTION_COMPLETE.part.objective"));
            gapCodes.add("objective");
        }
        if (complete < c.minTasks()) {
            gaps.add(new Texts.Key("DESCRIPTION_COMPLETE.part.tasks", complete, c.minTasks()));
            gapCodes.add("tasks");
        }
        for (String field : c.requirements()) {
            if (blank(requirement(d.requirements(), field))) {
                gaps.add(new Texts.Key("DESCRIPTION_COMPLETE.part." + field));
                gapCodes.add(field);
            }
        }
        if (gaps.isEmpty()) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        values.put("missing", String.join(",", gapCodes));
        values.put("completeTasks", complete);
        values.put("minTasks", c.minTasks());
        emit.position(p, "gaps", values, gaps);
    }

    private static int completeTasks(JobDescription d) {
        int complete = 0;
        for (JobTask t : d.tasks()) {
            if (!blank(t.content()) && !blank(t.output()) && !blank(t.criterion())) {
                complete++;
            }
        }
        return complete;
    }

    private static boolean requirementsFilled(JobDescription d, Config c) {
        for (String field : c.requirements()) {
            if (blank(requirement(d.requirements(), field))) {
                return false;
            }
        }
        return true;
    }

    private static String requirement(Requirements r, String field) {
        return switch (field) {
            case "training" -> r.training();
            case "certificates" -> r.certificates();
            case "experience" -> r.experience();
            case "qualities" -> r.qualities();
            case "itAndLanguages" -> r.itAndLanguages();
            default -> throw new IllegalStateException("unknown requirement field " + field);
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
