package org.fieldbook.app;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldbook.sync.server.ServerAccount;
import org.fieldbook.sync.server.ServerAdmin;
import org.fieldbook.sync.server.ServerRefusedException;
import org.fieldbook.sync.server.ServerSetup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The admin's commands for a sync server: print the set-up SQL, or run it with --run. */
@Command(name = "server", description = "Sets up a PostgreSQL sync server (admin): prints the SQL, or runs it "
        + "with --run.", subcommands = {ServerCommand.Init.class, ServerCommand.AddUser.class})
final class ServerCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand: init or add-user");
    }

    /** The options both subcommands share: where, as which admin, print or run. */
    abstract static class AdminCall implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--url", required = true, paramLabel = "URL",
                description = "jdbc:postgresql://HOST[:PORT]/DATABASE[?sslmode=verify-full]")
        String url;

        @Option(names = "--team", required = true, paramLabel = "NAME", description = "The team's name.")
        String team;

        @Option(names = "--run", description = "Run the SQL as the admin instead of printing it.")
        boolean run;

        @Option(names = "--admin", paramLabel = "LOGIN", defaultValue = "postgres",
                description = "The admin login for --run: owner of the schema, with CREATEROLE (default: postgres).")
        String admin;

        @Option(names = "--admin-password-file", paramLabel = "FILE",
                description = "A file whose first line is the admin's password (else it is asked for).")
        Path adminPasswordFile;

        String checkedUrl() {
            try {
                return ServerAccount.normalise(url);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }

        ServerAdmin adminSession(String jdbcUrl) {
            return new ServerAdmin(jdbcUrl, admin, ServerSyncCall.password(spec, adminPasswordFile,
                    "Password for " + admin + ": "));
        }
    }

    @Command(name = "init", description = "Creates or upgrades the schema fieldbook (Flyway) and creates the team.")
    static final class Init extends AdminCall {
        @Override
        public Integer call() {
            String jdbcUrl = checkedUrl();
            List<String> sql = setupSql();
            var out = spec.commandLine().getOut();
            if (!run) {
                out.println("-- 1. The schema fieldbook is created and upgraded with Flyway from db/server in the");
                out.println("--    Fieldbook jar: run this command again with --run (as the schema's owner).");
                out.println("-- 2. Then, as the same admin (idempotent):");
                out.print(ServerSetup.script(sql));
                out.flush();
                return 0;
            }
            int applied;
            try {
                applied = adminSession(jdbcUrl).initialise(sql);
            } catch (ServerRefusedException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            out.printf("schema fieldbook ready (%d migrations applied now); team %s ready%n", applied, team.strip());
            out.flush();
            return 0;
        }

        private List<String> setupSql() {
            try {
                return ServerSetup.initSql(team);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    @Command(name = "add-user", description = "Gives a person a login of their own in a team.")
    static final class AddUser extends AdminCall {
        @Option(names = "--user", required = true, paramLabel = "LOGIN", description = "The new login.")
        String user;

        @Option(names = "--user-password-file", paramLabel = "FILE",
                description = "A file whose first line is the new login's password (default: a random one, printed).")
        Path userPasswordFile;

        @Override
        public Integer call() {
            String jdbcUrl = checkedUrl();
            boolean generated = userPasswordFile == null;
            char[] password = generated ? randomPassword()
                    : ServerSyncCall.password(spec, userPasswordFile, "Password for " + user + ": ");
            List<String> sql;
            try {
                sql = ServerSetup.addUserSql(team, user, password);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            var out = spec.commandLine().getOut();
            if (generated) {
                out.println("-- password of " + user + ": " + new String(password)
                        + "  (tell them; the server keeps only a SCRAM verifier)");
            }
            if (run) {
                try {
                    adminSession(jdbcUrl).run(sql);
                } catch (ServerRefusedException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
                out.printf("login %s is in team %s%n", user, team.strip());
            } else {
                out.print(ServerSetup.script(sql));
            }
            out.flush();
            return 0;
        }

        private static char[] randomPassword() {
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
        }
    }
}
