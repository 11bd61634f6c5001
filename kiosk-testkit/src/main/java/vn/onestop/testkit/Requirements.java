package vn.onestop.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each kind of requirement checks, as a message naming what is missing (empty when all is there). The
 * conditions behind the {@code @Requires...} annotations ask here; {@code ./kiosk test} installs the Debian
 * packages named in the messages.
 */
public final class Requirements {
    private Requirements() {}

    /** socat, for pty pairs (serial cables) and TCP relays. */
    public static Optional<String> socat() {
        return tools("socat", "socat");
    }

    /** espeak-ng, the offline speech engine (Vietnamese voice {@code vi}) of the hall display and the kiosk. */
    public static Optional<String> espeak() {
        return tools("espeak-ng", "espeak-ng");
    }

    /** qrencode and zbarimg: an encoder and a decoder of QR codes independent of ZXing. */
    public static Optional<String> qrTools() {
        return tools("qrencode zbar-tools", "qrencode", "zbarimg");
    }

    /** poppler-utils and qpdf: independent readers and checkers of the PDFs the product writes. */
    public static Optional<String> pdfTools() {
        return tools("poppler-utils qpdf", "pdftotext", "pdffonts", "pdfinfo", "pdftoppm", "qpdf");
    }

    /** Debian's Chromium and its chromedriver (the staff pages' browser tests; no driver download). */
    public static Optional<String> chromium() {
        return tools("chromium chromium-driver", "chromium", "chromedriver");
    }

    /** A PostgreSQL server for tests, named by ONESTOP_TEST_PG_URL (./kiosk test starts one and sets it). */
    public static Optional<String> postgres() {
        String url = System.getenv("ONESTOP_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            return Optional.of("no PostgreSQL: ONESTOP_TEST_PG_URL is not set (./kiosk test as root starts one and "
                    + "sets it; or e.g. ONESTOP_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/postgres with "
                    + "ONESTOP_TEST_PG_USER/ONESTOP_TEST_PG_PASSWORD of a role with CREATEDB)");
        }
        return Optional.empty();
    }

    /**
     * A display for AWT: an X display in DISPLAY ({@code ./kiosk test} runs the build under Xvfb), or a JVM
     * started with {@code java.awt.headless=true}, which draws into images without one.
     */
    public static Optional<String> display() {
        String display = System.getenv("DISPLAY");
        if ((display != null && !display.isBlank()) || "true".equals(System.getProperty("java.awt.headless"))) {
            return Optional.empty();
        }
        return Optional.of("no display: DISPLAY is not set (./kiosk test runs the tests under Xvfb; "
                + "Debian packages xvfb xauth)");
    }

    /**
     * SANE's scanimage with its {@code test} backend (Debian package sane-utils, which brings libsane1): the
     * backend must answer {@code scanimage -L} through a private configuration folder (see {@link SaneTestDevice}).
     */
    public static Optional<String> sane() {
        Optional<String> tool = tools("sane-utils", "scanimage");
        if (tool.isPresent()) {
            return tool;
        }
        return SaneTestDevice.problem();
    }

    /** Root with the right to mount file systems (uid 0 and CAP_SYS_ADMIN), e.g. for a tiny tmpfs. */
    public static Optional<String> root() {
        try {
            String uid = null;
            String capEff = null;
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    uid = line.substring(4).trim().split("\\s+")[1]; // effective uid
                } else if (line.startsWith("CapEff:")) {
                    capEff = line.substring(7).trim();
                }
            }
            if (!"0".equals(uid)) {
                return Optional.of("not root (effective uid " + uid + "): this test mounts a file system");
            }
            if (capEff == null || (Long.parseUnsignedLong(capEff, 16) & (1L << 21)) == 0) {
                return Optional.of("root without CAP_SYS_ADMIN (a container?): this test mounts a file system");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot tell whether this is root (/proc/self/status: " + e + ")");
        }
    }

    private static Optional<String> tools(String debianPackages, String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (Tools.find(name).isEmpty()) {
                missing.add(name);
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", missing) + " not installed (Debian "
                + (debianPackages.contains(" ") ? "packages " : "package ") + debianPackages + ")");
    }
}
