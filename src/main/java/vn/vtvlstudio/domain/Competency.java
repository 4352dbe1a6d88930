package vn.vtvlstudio.domain;

import java.util.Map;
import java.util.TreeMap;

/** A competency of the dictionary with its level descriptors (level 1–5 → text). */
public record Competency(Long id, String code, CompetencyGroup group, String name, String description,
                         Map<Integer, String> levelDescriptors, String source) {

    public Competency {
        levelDescriptors = Map.copyOf(new TreeMap<>(levelDescriptors));
    }

    public String descriptor(int level) {
        return levelDescriptors.get(level);
    }

    public Competency withId(Long newId) {
        return new Competency(newId, code, group, name, description, levelDescriptors, source);
    }
}
