package vn.onestop.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a command-line tool the way a shell does: the first executable regular file of that name on PATH (and in
 * the usual system folders, for a test run with a short PATH). A file that is there but not executable (e.g. an
 * empty file mounted over it to hide it) does not count. Helpers start tools by the path found here.
 */
public final class Tools {
    private Tools() {}

    public static Optional<Path> find(String name) {
        Set<String> dirs = new LinkedHashSet<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    dirs.add(dir);
                }
            }
        }
        dirs.addAll(java.util.List.of("/usr/local/bin", "/usr/bin", "/bin", "/usr/sbin", "/sbin"));
        for (String dir : dirs) {
            try {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (InvalidPathException e) {
                // not a folder name: skip it, as a shell would
            }
        }
        return Optional.empty();
    }

    /** The tool's path; fails the test (which should carry the matching {@code @Requires...}) when it is missing. */
    public static String require(String name) {
        return find(name).map(Path::toString).orElseThrow(() -> new AssertionError(name
                + " is not installed, but the test did not declare the requirement (add its @Requires... annotation)"));
    }
}
