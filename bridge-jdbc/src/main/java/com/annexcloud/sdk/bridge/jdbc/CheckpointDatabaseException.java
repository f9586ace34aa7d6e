package com.annexcloud.sdk.bridge.jdbc;

import java.sql.SQLException;

/**
 * A checkpoint or lease operation failed in the database (unreachable, refused, missing tables). The message
 * names the operation and the SQLState; it never holds a password. The transaction was rolled back, so the
 * previous checkpoint is as it was.
 */
public class CheckpointDatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    /** Creates the exception for a failed operation. */
    public CheckpointDatabaseException(String operation, SQLException cause) {
        super(operation + " failed (SQLState " + cause.getSQLState() + "): " + cause.getMessage()
                + (isSyntaxOrMissingTable(cause) ? "; are the tables of schema.sql there? Create them with"
                        + " createSchema(true) or run schema.sql" : ""), cause);
        this.sqlState = cause.getSQLState();
    }

    private static boolean isSyntaxOrMissingTable(SQLException cause) {
        return cause.getSQLState() != null && cause.getSQLState().startsWith("42");
    }

    /** The SQLState the driver reported (may be null). */
    public String sqlState() {
        return sqlState;
    }
}
