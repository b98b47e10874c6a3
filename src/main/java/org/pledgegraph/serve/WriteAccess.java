package org.pledgegraph.serve;

import java.util.Map;

import org.pledgegraph.PledgegraphException;

/**
 * Who may write when updates are allowed ({@code serve --allow-update}): one user, with HTTP basic
 * authentication, whose password comes from an environment variable and never from the command
 * line. {@link #readOnly()} allows nobody.
 *
 * @param user     the user name (empty when read-only)
 * @param password the password (empty when read-only)
 */
public record WriteAccess(String user, String password) {
    /** The environment variable that holds the password. */
    public static final String PASSWORD_VARIABLE = "PLEDGEGRAPH_PASSWORD";
    /** The environment variable that may name the user (default {@value #DEFAULT_USER}). */
    public static final String USER_VARIABLE = "PLEDGEGRAPH_USER";
    public static final String DEFAULT_USER = "admin";
    private static final WriteAccess READ_ONLY = new WriteAccess("", "");

    public WriteAccess {
        if (user == null || password == null) {
            throw new IllegalArgumentException("user and password must not be null");
        }
        if (user.isEmpty() != password.isEmpty()) {
            throw new IllegalArgumentException("a user needs a password");
        }
        if (user.contains(":") || user.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("bad user name: " + user);
        }
    }

    /** Nobody may write. */
    public static WriteAccess readOnly() {
        return READ_ONLY;
    }

    /**
     * The writer named by {@code env} ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}).
     *
     * @throws PledgegraphException if the password is not set, in one line saying how to set it
     */
    public static WriteAccess fromEnvironment(Map<String, String> env) {
        String password = env.getOrDefault(PASSWORD_VARIABLE, "");
        if (password.isBlank()) {
            throw new PledgegraphException("--allow-update needs a password: set the environment variable "
                    + PASSWORD_VARIABLE + " (and optionally " + USER_VARIABLE + ", default " + DEFAULT_USER + ")");
        }
        String user = env.getOrDefault(USER_VARIABLE, "");
        return new WriteAccess(user.isBlank() ? DEFAULT_USER : user.strip(), password);
    }

    /** Whether anybody may write. */
    public boolean allowsUpdate() {
        return !user.isEmpty();
    }

    @Override
    public String toString() {
        return allowsUpdate() ? "WriteAccess[user=" + user + ", password=***]" : "WriteAccess[read-only]";
    }
}
