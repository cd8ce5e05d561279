package vn.dti.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a start finds in the embedded PostgreSQL's folder besides an orphaned PostgreSQL (CrashTest
 * has that one): a {@code postmaster.pid} whose process is gone, or is another program now (after a
 * reboot the number is given again), is stale and deleted; a folder a living service holds is left
 * alone, and so is a folder that is not the embedded database's.
 */
class OrphanPostgresTest {
    static Path folder(Path tmp, long pid, boolean embedded) throws IOException {
        Path pg = Files.createDirectories(tmp.resolve("postgres"));
        Files.writeString(pg.resolve("postmaster.pid"), pid + "\n" + pg + "\n1733450000\n5432\n");
        if (embedded) {
            Files.writeString(pg.resolve("epg-lock"), "");
        }
        return pg;
    }

    static long deadProcess() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void aPidFileOfAProcessThatIsGone_isDeleted(@TempDir Path tmp) throws Exception {
        Path pg = folder(tmp, deadProcess(), true);
        Database.stopOrphan(pg, Files.createDirectories(tmp.resolve("binaries")));
        assertFalse(Files.exists(pg.resolve("postmaster.pid")));
    }

    @Test
    void aPidFileWhoseNumberIsAnotherProgramNow_isDeleted_andThatProgramLeftAlone(@TempDir Path tmp) throws Exception {
        Path pg = folder(tmp, ProcessHandle.current().pid(), true);   // this JVM: not a PostgreSQL
        Database.stopOrphan(pg, Files.createDirectories(tmp.resolve("binaries")));
        assertFalse(Files.exists(pg.resolve("postmaster.pid")));
        assertTrue(ProcessHandle.current().isAlive());
    }

    @Test
    void aFolderALivingServiceHolds_isLeftAlone(@TempDir Path tmp) throws Exception {
        Path pg = folder(tmp, deadProcess(), true);
        try (FileOutputStream out = new FileOutputStream(pg.resolve("epg-lock").toFile()); FileLock held = out.getChannel().lock()) {
            Database.stopOrphan(pg, Files.createDirectories(tmp.resolve("binaries")));
            assertTrue(Files.exists(pg.resolve("postmaster.pid")), "the living service's, whatever it says");
        }
    }

    @Test
    void aFolderThatIsNotTheEmbeddedDatabases_isLeftAlone(@TempDir Path tmp) throws Exception {
        Path pg = folder(tmp, deadProcess(), false);
        Database.stopOrphan(pg, Files.createDirectories(tmp.resolve("binaries")));
        assertTrue(Files.exists(pg.resolve("postmaster.pid")));
    }
}
