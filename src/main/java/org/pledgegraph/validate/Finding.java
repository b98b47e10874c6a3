package org.pledgegraph.validate;

import java.util.Objects;

/**
 * One result of validation.
 *
 * @param severity Violation, Warning or Info (the local name of the SHACL severity)
 * @param focus    the node that failed, as a compact IRI where possible ({@code id:commitment/3})
 * @param path     the property path, compact ({@code pg:party}), or "" for a node constraint
 * @param message  what is wrong, in words
 */
public record Finding(String severity, String focus, String path, String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public boolean isViolation() {
        return "Violation".equals(severity);
    }

    /** One line: {@code Violation id:commitment/3 pg:party: a commitment needs at least one pg:party}. */
    @Override
    public String toString() {
        return severity + " " + focus + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
