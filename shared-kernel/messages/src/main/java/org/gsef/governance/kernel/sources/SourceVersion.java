package org.gsef.governance.kernel.sources;

import org.gsef.governance.kernel.common.Require;

/**
 * One source's version of a fact: what it says, and where it says it ("Mexico City, Mexico" in "2019 calendar of
 * activities").
 */
public record SourceVersion(String says, String section) {
    public SourceVersion {
        says = Require.text(says, "says", 500).strip();
        section = Require.text(section, "section", 300).strip();
    }
}
