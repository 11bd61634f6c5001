package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** The staff pages over HTTP: who may open which page, the security policy, and the files the pages are made of. */
class StaffPagesTest extends ServerSuite {
    private static final Path WEB = Path.of("src/main/resources/web");

    @Test
    void eachPageOpensOnlyForTheRolesThatUseIt() throws Exception {
        TestServer.StaffClient counter = server.staff("clerk", Role.COUNTER_STAFF);
        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        TestServer.StaffClient boss = server.staff("boss", Role.SUPERVISOR);
        assertThat(page(counter, "/staff/counter").status()).isEqualTo(200);
        assertThat(page(tech, "/staff/counter").status()).isEqualTo(403);
        assertThat(page(counter, "/staff/dashboard").status()).isEqualTo(403);
        assertThat(page(boss, "/staff/dashboard").status()).isEqualTo(200);
        assertThat(page(boss, "/staff/technician").status()).isEqualTo(403);
        assertThat(page(tech, "/staff/technician").status()).isEqualTo(200);
        TestServer.Reply anonymous = server.send("GET", "/staff/counter", null, null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("text/html");
        assertThat(anonymous.body()).contains("/static/js/denied.js").doesNotContain("clerk");
        assertThat(server.send("GET", "/staff/display", null, null, null).status()).isEqualTo(200);
        assertThat(server.send("GET", "/staff/login", null, null, null).status()).isEqualTo(200);
    }

    @Test
    void everyResponseCarriesAPolicyThatAllowsNoInlineScript() throws Exception {
        for (String path : List.of("/staff/login", "/staff/display", "/static/js/counter.js", "/api/v1/display/state")) {
            TestServer.Reply r = server.send("GET", path, null, null, null);
            assertThat(r.status()).as(path).isEqualTo(200);
            String csp = r.response().headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("script-src 'self'").contains("object-src 'none'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
        assertThat(server.send("GET", "/static/js/common.js", null, null, null).contentType())
                .contains("javascript");
        assertThat(server.send("GET", "/static/css/staff.css", null, null, null).contentType()).contains("text/css");
    }

    @Test
    void pagesHaveNoInlineCodeAndScriptsNeverWriteHtmlFromData() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handlers = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Files.walk(WEB)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.toString().endsWith(".html")) {
                    assertThat(inlineScript.matcher(text).find()).as(f + " has an inline script").isFalse();
                    assertThat(handlers.matcher(text).find()).as(f + " has an inline event handler").isFalse();
                    assertThat(text).as(f + " has an inline style").doesNotContain(" style=").doesNotContain("<style");
                    assertThat(text).as(f + " loads from another host").doesNotContain("http://")
                            .doesNotContain("https://");
                }
                if (f.toString().endsWith(".js")) {
                    assertThat(text).as(f.toString()).doesNotContain("innerHTML").doesNotContain("outerHTML")
                            .doesNotContain("insertAdjacentHTML").doesNotContain("document.write")
                            .doesNotContain("eval(");
                }
            }
        }
    }

    @Test
    void rootLeadsToTheLoginPage() throws Exception {
        TestServer.Reply r = server.send("GET", "/", null, null, null);
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.response().headers().firstValue("Location")).contains("/staff/login");
    }

    @Test
    void pagesThatIncludeTheStaffPartsAreServedWhole() throws Exception {
        try (Stream<Path> files = Files.list(WEB.resolve("pages"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String name = f.getFileName().toString().replace(".html", "");
                assertThat(Pages.load(name)).as(name).startsWith("<!doctype html>").doesNotContain("<!--#include");
            }
        }
        TestServer.StaffClient admin = server.staff("pages-admin", Role.ADMIN);
        for (String path : List.of("/staff/admin", "/staff/booking-slots")) {
            TestServer.Reply r = page(admin, path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).startsWith("<!doctype html>\n<html lang=\"vi\">\n<head>\n")
                    .containsSubsequence("/static/css/staff.css", "/static/js/i18n.js", "/static/js/common.js",
                            "/static/js/password.js", path.replace("/staff/", "/static/js/") + ".js", "</head>",
                            "<header class=\"bar\">", "data-bind=\"user\"", "data-action=\"language\"",
                            "data-action=\"password\"", "data-action=\"logout\"", "</header>")
                    .doesNotContain("<!--#include");
        }
    }

    private TestServer.Reply page(TestServer.StaffClient s, String path) throws Exception {
        return server.send("GET", path, null, Map.of("Cookie", s.cookie()), null);
    }
}
