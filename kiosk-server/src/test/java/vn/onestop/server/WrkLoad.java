package vn.onestop.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load from a second process: wrk (C, one epoll loop per thread, keep-alive connections) posts JSON bodies from a
 * Lua script, each with a unique idempotency key, and reports throughput and latency percentiles from its
 * histogram. On 2 cores the in-process Java generator took a large share of the CPU it was measuring; wrk takes
 * much less, so both the baseline and the server get more of the machine. Any socket error or non-2xx answer
 * fails the run.
 */
final class WrkLoad {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private final Path script;

    /**
     * A load that posts {@code body} to {@code path}, where {@code %KEY%} in the body becomes a key unique to the
     * request ({@code prefix}, wrk thread, sequence), with a bearer token when not null.
     */
    WrkLoad(Path folder, String path, String body, String token) throws IOException {
        if (!onPath()) {
            throw new IllegalStateException("The issue benchmark needs wrk as its load generator: apt-get install wrk");
        }
        script = Files.createTempFile(folder, "load", ".lua");
        String headers = "{[\"Content-Type\"] = \"application/json\""
                + (token == null ? "" : ", [\"Authorization\"] = \"Bearer " + token + "\"") + "}";
        String lua = String.join("\n",
                "local threads = 0",
                "function setup(thread) threads = threads + 1; thread:set(\"tid\", threads) end",
                "local n = 0",
                "local prefix = os.getenv(\"WRK_PREFIX\") or \"run\"",
                "function request()",
                "  n = n + 1",
                "  local key = prefix .. \"-\" .. tid .. \"-\" .. n",
                "  local body = string.gsub([[" + body + "]], \"%%KEY%%\", key)",
                "  return wrk.format(\"POST\", \"" + path + "\", " + headers + ", body)",
                "end",
                "");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
    }

    static boolean onPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "wrk"))) {
                return true;
            }
        }
        return false;
    }

    /** Throughput (requests/s), latency percentiles (ms) and how many requests were answered. */
    record Result(double throughput, double p50, double p99, long requests) {}

    /** Runs {@code connections} keep-alive connections on 2 wrk threads for {@code seconds}. */
    Result run(int port, int connections, int seconds, String keyPrefix) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("wrk", "-t", "2", "-c", Integer.toString(connections), "-d",
                seconds + "s", "--latency", "-s", script.toString(), "http://127.0.0.1:" + port))
                .redirectErrorStream(true);
        pb.environment().put("WRK_PREFIX", keyPrefix);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 30L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        if (out.contains("Non-2xx") || out.contains("Socket errors")) {
            throw new IllegalStateException("wrk saw failed requests:\n" + out);
        }
        return new Result(number(RATE, out), percentile(out, "50"), percentile(out, "99"), (long) number(REQUESTS, out));
    }

    private static double number(Pattern p, String out) {
        Matcher m = p.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected wrk output:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    /** A line of wrk's latency distribution, e.g. "     99%   12.34ms", in milliseconds. */
    private static double percentile(String out, String pct) {
        Matcher m = Pattern.compile("\\s" + pct + "(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)\\b").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("No " + pct + "% line in wrk output:\n" + out);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }
}
