package id.sp4n.portal.system.database;

import java.nio.file.Path;

/** The embedded server alone in a JVM of its own, for the crash tests: prints its pids, then waits to be ended. */
final class EmbeddedServerMain {

    private EmbeddedServerMain() {
    }

    public static void main(String[] arguments) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(arguments[0]), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("postmaster=" + server.postmaster().pid() + " port=" + server.port());
        Thread.sleep(Long.MAX_VALUE);
    }
}
