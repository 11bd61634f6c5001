package vn.onestop.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.DatabaseSettings;
import vn.onestop.server.province.CentreMerge;

/**
 * {@code ServerMain merge-centres --centre A.db=ID [--centre B.db=ID2 ...] [--name-vi ID=TEXT] [--name-en ID=TEXT]
 * [--kind ID=commune] [--agency-code ID=CODE] [--config DIR | --to JDBC_URL --user ROLE --password-file FILE]}:
 * merges single-centre SQLite databases into the province's PostgreSQL database ({@link CentreMerge}); the target
 * options are those of {@link MigrateSqliteCommand}. Stop the centres' servers first.
 */
final class MergeCentresCommand {
    static final String USAGE = "merge-centres --centre DATA/onestop.db=CENTRE_ID [--centre ...] "
            + "[--name-vi CENTRE_ID=NAME] [--name-en CENTRE_ID=NAME] [--kind CENTRE_ID=provincial|commune|"
            + "reception_point] [--agency-code CENTRE_ID=CODE] [--config DIR | --to jdbc:postgresql://HOST/DB "
            + "--user ROLE --password-file FILE]";

    private MergeCentresCommand() {}

    /** Runs the merge, prints rows per table and centre, and returns what each source became. */
    static List<CentreMerge.Result> run(String[] args, PrintStream console) {
        Properties p = new Properties();
        Path config = Path.of("config");
        Map<String, Path> files = new LinkedHashMap<>();
        Map<String, Map<String, String>> named = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value; use " + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--centre" -> {
                    String[] fileId = split(option, value);
                    if (files.put(fileId[1], Path.of(fileId[0])) != null) {
                        throw new IllegalArgumentException("The centre id '" + fileId[1] + "' is given twice");
                    }
                }
                case "--name-vi", "--name-en", "--kind", "--agency-code" -> {
                    String[] idText = split(option, value);
                    named.computeIfAbsent(idText[0], k -> new HashMap<>()).put(option, idText[1]);
                }
                case "--config" -> config = Path.of(value);
                case "--to" -> p.setProperty("db.url", value);
                case "--user" -> p.setProperty("db.user", value);
                case "--password-file" -> p.setProperty("db.passwordFile", value);
                default -> throw new IllegalArgumentException("Unknown option " + option + "; use " + USAGE);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Name at least one source with --centre DATA/onestop.db=CENTRE_ID");
        }
        for (String id : named.keySet()) {
            if (!files.containsKey(id)) {
                throw new IllegalArgumentException("Names are given for '" + id + "', which no --centre names");
            }
        }
        files.forEach((id, file) -> {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--centre " + file + "=" + id + ": no such SQLite file");
            }
        });
        DatabaseSettings target = MigrateSqliteCommand.target(p, config);
        List<Database> opened = new ArrayList<>();
        try (Database pg = Database.openPostgres(target)) {
            List<CentreMerge.Source> sources = new ArrayList<>();
            for (Map.Entry<String, Path> e : files.entrySet()) {
                Database db = Database.openSqliteFile(e.getValue());
                opened.add(db);
                Map<String, String> n = named.getOrDefault(e.getKey(), Map.of());
                sources.add(new CentreMerge.Source(db, e.getKey(), n.get("--name-vi"), n.get("--name-en"),
                        n.get("--kind"), n.get("--agency-code")));
            }
            List<CentreMerge.Result> results = CentreMerge.merge(sources, pg);
            console.println("Merged into " + target + " (one transaction, row counts checked):");
            for (CentreMerge.Result r : results) {
                console.println("centre " + r.centreId() + " from " + files.get(r.centreId()) + ":");
                r.copied().forEach((table, rows) -> console.println("  " + table + ": " + rows + " rows"
                        + (r.alreadyThere().containsKey(table) ? " (" + r.alreadyThere().get(table)
                                + " identical rows were already there)" : "")));
                r.counters().forEach((from, to) -> console.println("  counter " + from + " is now " + to));
                r.usernames().forEach((from, to) -> console.println("  staff account " + from
                        + " is now " + to + " (the name was taken)"));
            }
            return results;
        } finally {
            opened.forEach(Database::close);
        }
    }

    /** "FILE=ID" (split at the last '=') for --centre; "ID=VALUE" (split at the first '=') for the names. */
    private static String[] split(String option, String value) {
        boolean source = option.equals("--centre");
        int at = source ? value.lastIndexOf('=') : value.indexOf('=');
        if (at <= 0 || at == value.length() - 1) {
            throw new IllegalArgumentException(option + " takes " + (source ? "DATA/onestop.db=CENTRE_ID"
                    : "CENTRE_ID=VALUE") + " (was '" + value + "')");
        }
        return new String[] {value.substring(0, at), value.substring(at + 1)};
    }
}
