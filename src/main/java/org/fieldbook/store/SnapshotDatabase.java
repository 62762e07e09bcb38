package org.fieldbook.store;

import static org.fieldbook.store.jooq.Tables.CHANGE_LOG;
import static org.fieldbook.store.jooq.Tables.FIELD_VERSION;
import static org.fieldbook.store.jooq.Tables.FIELD_VERSION_ENTRY;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.fieldbook.store.change.ChangeOp;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * A replica's synced state as a compact H2 database file, for snapshots a new device restores instead of
 * replaying (docs/decisions/0016-database-snapshots.md). The file holds the synced tables, the frontier and the
 * non-CREATE changes it names, exactly what {@link ReplicaState} writes as JSON lines; the tables that are
 * this device's own ({@link #LOCAL_TABLES}) are empty in it.
 */
public final class SnapshotDatabase {
    /** Tables that never travel: a restoring device keeps its own rows of these. */
    static final List<String> LOCAL_TABLES = List.of("LOCAL_DEVICE", "SETTING", "IMPORT_BATCH_ROW", "IMPORT_BATCH",
            "PEER", "INBOX");
    static final List<String> LOCAL_TABLES_PARENTS_FIRST = List.of("INBOX", "PEER", "IMPORT_BATCH",
            "IMPORT_BATCH_ROW", "SETTING", "LOCAL_DEVICE");
    private static final int BATCH = 2_000;
    private static final int CHUNK = 1 << 18;

    private SnapshotDatabase() {
    }

    /** The H2 version that writes and reads the files: a file from another one is not restored. */
    public static String h2Version() {
        return org.h2.engine.Constants.FULL_VERSION;
    }

    /**
     * Writes {@code source}'s synced state as a plain (decrypted) H2 file to {@code out}. The file is built in a
     * temporary folder encrypted with a random password, so no plain copy of the data touches the disk.
     */
    static void export(DSLContext source, OutputStream out) throws IOException {
        Path dir = Files.createTempDirectory("fieldbook-snapshot");
        char[] password = randomPassword();
        Path base = dir.resolve("snapshot");
        try {
            org.h2.jdbcx.JdbcDataSource target = dataSource(base, password);
            Flyway.configure().dataSource(target).locations("classpath:db/migration").loggers("slf4j").load()
                    .migrate();
            try (Connection to = target.getConnection()) {
                execute(to, "SET REFERENTIAL_INTEGRITY FALSE");
                for (String table : tables(to)) {
                    execute(to, "DELETE FROM \"" + table + "\"");
                }
                List<String> selects = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (EntityMapping<?, ?> mapping : Mappings.ALL) {
                    selects.add(source.selectFrom(mapping.table()).getSQL(ParamType.INLINED));
                    names.add(mapping.table().getName());
                }
                // the view: the entries of single fields and the CREATEs, whose change does not travel
                selects.add(source.selectFrom(FIELD_VERSION).getSQL(ParamType.INLINED));
                names.add(FIELD_VERSION_ENTRY.getName());
                selects.add(source.selectFrom(CHANGE_LOG).where(CHANGE_LOG.OP.ne(ChangeOp.CREATE.name()),
                        CHANGE_LOG.CHANGE_ID.in(DSL.select(FIELD_VERSION_ENTRY.CHANGE_ID).from(FIELD_VERSION_ENTRY)))
                        .getSQL(ParamType.INLINED));
                names.add(CHANGE_LOG.getName());
                to.setAutoCommit(false);
                source.connection(from -> {
                    for (int i = 0; i < selects.size(); i++) {
                        copy(from, selects.get(i), to, names.get(i));
                    }
                });
                to.commit();
                to.setAutoCommit(true);
                execute(to, "SET REFERENTIAL_INTEGRITY TRUE");
                execute(to, "SHUTDOWN COMPACT");
            }
            try (FileChannel in = EncryptionConversion.channel(dir.resolve("snapshot.mv.db"), password,
                    StandardOpenOption.READ)) {
                ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
                long size = in.size();
                for (long position = 0; position < size; ) {
                    buffer.clear();
                    buffer.limit((int) Math.min(CHUNK, size - position));
                    int read = in.read(buffer, position);
                    if (read < 0) {
                        throw new IOException("the snapshot database ended early");
                    }
                    out.write(buffer.array(), 0, read);
                    position += read;
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not build the snapshot database: " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(password, '\0');
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Writes a plain H2 file from {@code in} to {@code target}, through H2's encryption when a password is given. */
    static void writeFile(InputStream in, Path target, char[] password) throws IOException {
        try (FileChannel out = EncryptionConversion.channel(target, password, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            byte[] chunk = new byte[CHUNK];
            long position = 0;
            int read;
            while ((read = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, read);
                while (buffer.hasRemaining()) {
                    position += out.write(buffer, position);
                }
            }
            out.force(true);
        }
    }

    static org.h2.jdbcx.JdbcDataSource dataSource(Path base, char[] password) {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"
                + (password == null ? "" : ";CIPHER=AES"));
        h2.setUser("fieldbook");
        h2.setPasswordChars(password == null ? new char[0] : EncryptionConversion.passwordField(password));
        return h2;
    }

    /** Copies the rows of {@code select} (on {@code from}) into {@code table} of {@code to}, in bound batches. */
    static void copy(Connection from, String select, Connection to, String table) throws SQLException {
        try (Statement statement = from.createStatement()) {
            statement.setFetchSize(BATCH);
            try (ResultSet rows = statement.executeQuery(select)) {
                int columns = rows.getMetaData().getColumnCount();
                StringBuilder sql = new StringBuilder("INSERT INTO \"" + table + "\" (");
                for (int c = 1; c <= columns; c++) {
                    sql.append(c > 1 ? ", " : "").append('"').append(rows.getMetaData().getColumnName(c)).append('"');
                }
                sql.append(") VALUES (").append("?, ".repeat(columns - 1)).append("?)");
                try (PreparedStatement insert = to.prepareStatement(sql.toString())) {
                    int pending = 0;
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            insert.setObject(c, rows.getObject(c));
                        }
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    if (pending > 0) {
                        insert.executeBatch();
                    }
                }
            }
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' "
                     + "AND TABLE_NAME <> 'flyway_schema_history'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[32];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }
}
