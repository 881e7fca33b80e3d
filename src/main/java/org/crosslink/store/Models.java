package org.crosslink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The person models stored beside the state: the one in use, and every version with when it was trained. */
public final class Models {
    private final Database db;

    public Models(Database db) {
        this.db = db;
    }

    /** The model in use, if the bus has trained one; else the starting model of the configuration is. */
    public Optional<Rows.Model> active() throws SQLException {
        return one("SELECT version, trained_at, active, mentions, body FROM person_model WHERE active");
    }

    /** A stored version. */
    public Optional<Rows.Model> version(int version) throws SQLException {
        return one("SELECT version, trained_at, active, mentions, body FROM person_model WHERE version = " + version);
    }

    /** The highest version stored, or 0 when none is. */
    public int latestVersion() throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM person_model");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Every stored version, newest first, without their bodies. */
    public List<Rows.Model> list() throws SQLException {
        List<Rows.Model> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT version, trained_at, active, mentions FROM person_model ORDER BY version DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Rows.Model(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3), rs.getInt(4), null));
            }
        }
        return out;
    }

    private Optional<Rows.Model> one(String sql) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Rows.Model(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3), rs.getInt(4),
                    rs.getString(5)));
        }
    }
}
