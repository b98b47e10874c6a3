package org.pledgegraph.validate;

import java.util.List;

/**
 * The outcome of validating a graph against the shapes. It conforms when it has no violation;
 * warnings (a document without a title) do not break conformance.
 *
 * @param findings every result, violations first
 */
public record ValidationResult(List<Finding> findings) {
    public ValidationResult {
        findings = List.copyOf(findings);
    }

    /** True when no finding is a violation. */
    public boolean conforms() {
        return violations().isEmpty();
    }

    public List<Finding> violations() {
        return findings.stream().filter(Finding::isViolation).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isViolation()).toList();
    }

    /** Every finding as one human-readable line. */
    public List<String> messages() {
        return findings.stream().map(Finding::toString).toList();
    }
}
