package vn.onestop.server.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;

/** Finding 7: an admin disables, enables, resets, re-roles and logs out other accounts over HTTP, audited. */
class AccountLifecycleTest extends ServerSuite {
    private static final String TEMPORARY = "tạm thời đổi ngay hôm nay";
    private TestServer.StaffClient admin;

    @BeforeEach
    void adminAndClerk() throws Exception {
        admin = server.staff("admin1", Role.ADMIN);
    }

    private TestServer.Reply act(TestServer.StaffClient who, String user, String action, Object body)
            throws Exception {
        return server.as(who, "POST", "/api/v1/admin/staff/" + user + "/" + action, body);
    }

    private int me(TestServer.StaffClient s) throws Exception {
        return server.as(s, "GET", "/api/v1/auth/me", null).status();
    }

    private int login(String user, String password) throws Exception {
        return server.send("POST", "/api/v1/auth/login", Map.of("username", user, "password", password), null, null)
                .status();
    }

    private String audit() throws Exception {
        return server.as(admin, "GET", "/api/v1/admin/audit", null).body();
    }

    @Test
    void theDisabledUsersOpenSessionEndsAtOnceAndTheyCannotLogInUntilEnabled() throws Exception {
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(me(clerk)).isEqualTo(200);

        TestServer.Reply r = act(admin, "clerk", "disable", null);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("sessionsEnded").asInt()).isEqualTo(1);
        assertThat(me(clerk)).as("the open session").isEqualTo(401);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/1/open", null).status()).isEqualTo(401);
        assertThat(login("clerk", TestServer.PASSWORD)).as("login while disabled").isEqualTo(401);
        assertThat(server.as(admin, "GET", "/api/v1/admin/staff", null).body())
                .contains("\"username\":\"clerk\",\"displayName\":\"Test clerk\",\"role\":\"counter_staff\","
                        + "\"disabled\":true");

        assertThat(act(admin, "clerk", "enable", null).status()).isEqualTo(204);
        assertThat(login("clerk", TestServer.PASSWORD)).as("login after enabling").isEqualTo(200);
        assertThat(audit()).contains("\"action\":\"staff.disable\",\"target\":\"clerk\"")
                .contains("\"action\":\"staff.enable\",\"target\":\"clerk\"").contains("\"actor\":\"admin1\"");
    }

    @Test
    void aResetPasswordReplacesTheOldOneEndsTheSessionsAndMustBeChangedFirst() throws Exception {
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);

        assertThat(act(admin, "clerk", "password", Map.of("password", "short")).status()).as("policy").isEqualTo(400);
        assertThat(me(clerk)).as("a refused reset changes nothing").isEqualTo(200);
        TestServer.Reply r = act(admin, "clerk", "password", Map.of("password", TEMPORARY));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(me(clerk)).isEqualTo(401);
        assertThat(login("clerk", TestServer.PASSWORD)).as("old password").isEqualTo(401);
        assertThat(login("clerk", TEMPORARY)).as("temporary password").isEqualTo(200);
        assertThat(audit()).contains("staff.password.reset").doesNotContain(TEMPORARY);

        TestServer.StaffClient again = server.login("clerk", TEMPORARY);
        assertThat(server.as(again, "GET", "/api/v1/auth/me", null).json().get("mustChangePassword").asBoolean())
                .isTrue();
        TestServer.Reply refused = server.as(again, "POST", "/api/v1/counters/1/open", null);
        assertThat(refused.status()).as("before changing the temporary password").isEqualTo(403);
        assertThat(refused.body()).contains("Change the temporary password");
        assertThat(server.as(again, "GET", "/staff/counter", null).status()).as("the page still opens").isEqualTo(200);
        assertThat(server.as(again, "POST", "/api/v1/auth/password", Map.of("currentPassword", TEMPORARY,
                "newPassword", "một mật khẩu mới của riêng tôi")).status()).isEqualTo(200);
        assertThat(server.as(again, "POST", "/api/v1/counters/1/open", null).status()).as("after").isEqualTo(204);
        assertThat(server.as(again, "GET", "/api/v1/auth/me", null).json().get("mustChangePassword").asBoolean())
                .isFalse();
    }

    @Test
    void aNewRoleTakesEffectAtTheNextLoginAndTheOldSessionsEnd() throws Exception {
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "GET", "/api/v1/supervisor/live", null).status()).isEqualTo(403);

        assertThat(act(admin, "clerk", "role", Map.of("role", "boss")).status()).isEqualTo(400);
        assertThat(act(admin, "clerk", "role", Map.of("role", "supervisor")).status()).isEqualTo(200);

        assertThat(me(clerk)).isEqualTo(401);
        TestServer.StaffClient again = server.login("clerk", TestServer.PASSWORD);
        assertThat(server.as(again, "GET", "/api/v1/auth/me", null).json().get("role").asText())
                .isEqualTo("SUPERVISOR");
        assertThat(audit()).contains("counter_staff -> supervisor");
    }

    @Test
    void endingSessionsLogsTheUserOutEverywhereButTheAccountStaysUsable() throws Exception {
        TestServer.StaffClient desk = server.staff("clerk", Role.COUNTER_STAFF);
        TestServer.StaffClient phone = server.login("clerk", TestServer.PASSWORD);
        TestServer.StaffClient other = server.staff("other", Role.COUNTER_STAFF);

        TestServer.Reply r = act(admin, "clerk", "end-sessions", null);

        assertThat(r.json().get("sessionsEnded").asInt()).isEqualTo(2);
        assertThat(me(desk)).isEqualTo(401);
        assertThat(me(phone)).isEqualTo(401);
        assertThat(me(other)).as("another user").isEqualTo(200);
        assertThat(login("clerk", TestServer.PASSWORD)).isEqualTo(200);
        assertThat(audit()).contains("staff.sessions.end");
    }

    @Test
    void theLastAdminCannotBeDisabledOrDemotedAndNobodyDisablesThemself() throws Exception {
        TestServer.Reply self = act(admin, "admin1", "disable", null);
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.body()).contains("You cannot disable your own account");
        TestServer.Reply demote = act(admin, "admin1", "role", Map.of("role", "supervisor"));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.body()).contains("last enabled admin");
        assertThat(me(admin)).as("still an admin, still logged in").isEqualTo(200);

        TestServer.StaffClient second = server.staff("admin2", Role.ADMIN);
        assertThat(act(second, "admin1", "role", Map.of("role", "supervisor")).status()).isEqualTo(200);
        TestServer.Reply last = act(second, "admin2", "role", Map.of("role", "technician"));
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.body()).contains("last enabled admin");
    }

    @Test
    void onlyAnAdminMayActAndAnUnknownNameIsNotFound() throws Exception {
        server.staff("clerk", Role.COUNTER_STAFF);
        TestServer.StaffClient supervisor = server.staff("sup", Role.SUPERVISOR);

        assertThat(act(supervisor, "clerk", "disable", null).status()).isEqualTo(403);
        assertThat(act(admin, "nobody", "disable", null).status()).isEqualTo(404);
        assertThat(act(admin, "nobody", "end-sessions", null).status()).isEqualTo(404);
        assertThat(login("clerk", TestServer.PASSWORD)).isEqualTo(200);
    }
}
