package org.fieldbook.sync.team;

import java.util.Arrays;
import org.fieldbook.store.Store;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.server.ServerAccount;
import org.fieldbook.sync.server.ServerOfflineException;
import org.fieldbook.sync.server.ServerProblem;
import org.fieldbook.sync.server.ServerRefusedException;
import org.fieldbook.sync.server.ServerSyncReport;
import org.fieldbook.sync.server.ServerTransport;

/** One exchange with the sync server as {@link TeamSync} needs it: the outcome sorted, the password wiped. */
final class ServerExchange {
    enum Kind { SYNCED, OFFLINE, WRONG_PASSWORD, REFUSED }

    record Outcome(Kind kind, ServerSyncReport report, ServerProblem problem, String message) {
    }

    private ServerExchange() {
    }

    static Outcome run(ServerSettings server, char[] password, Store store, SyncEngine engine, String deviceName) {
        ServerAccount account = new ServerAccount(server.connectUrl(), server.user(), password);
        Arrays.fill(password, '\0');
        try {
            ServerSyncReport report = new ServerTransport(account).expectTeam(server.team())
                    .exchange(store, engine, deviceName);
            return new Outcome(Kind.SYNCED, report, null, null);
        } catch (ServerOfflineException e) {
            return new Outcome(Kind.OFFLINE, null, ServerProblem.of(e), e.getMessage());
        } catch (ServerRefusedException e) {
            ServerProblem problem = ServerProblem.of(e);
            return new Outcome(problem == ServerProblem.WRONG_LOGIN ? Kind.WRONG_PASSWORD : Kind.REFUSED, null,
                    problem, e.getMessage());
        } finally {
            account.clear();
        }
    }

    static String check(ServerSettings server, char[] password) throws ServerOfflineException,
            ServerRefusedException {
        ServerAccount account = new ServerAccount(server.connectUrl(), server.user(), password);
        try {
            return new ServerTransport(account).expectTeam(server.team()).check();
        } finally {
            account.clear();
        }
    }
}
