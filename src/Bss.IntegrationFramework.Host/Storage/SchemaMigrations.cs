namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The store's schema, one entry per version; a version is never edited once released, only added.</summary>
internal static class SchemaMigrations
{
    /// <summary>Gets the statements that bring the schema from version <c>index</c> to <c>index + 1</c>.</summary>
    public static IReadOnlyList<string> Versions { get; } =
    [
        """
        CREATE TABLE instances (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            connector TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE server_variables (
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value TEXT,
            PRIMARY KEY (instance_id, name));
        CREATE TABLE lookups (
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            lookup TEXT NOT NULL,
            bss_value TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            PRIMARY KEY (instance_id, lookup, bss_value));
        CREATE TABLE sync_options (
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            module TEXT NOT NULL,
            operation TEXT NOT NULL,
            enabled INTEGER NOT NULL,
            PRIMARY KEY (instance_id, module, operation));
        CREATE TABLE links (
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            module TEXT NOT NULL,
            bss_id TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            payload_hash TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (instance_id, module, bss_id));
        CREATE INDEX ix_links_remote_id ON links (instance_id, module, remote_id);
        CREATE TABLE cursors (
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            module TEXT NOT NULL,
            cursor TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (instance_id, module));
        CREATE TABLE bss_records (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (entity, id));
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL,
            dry_run INTEGER NOT NULL,
            requests INTEGER NOT NULL DEFAULT 0,
            message TEXT);
        CREATE INDEX ix_runs_instance ON runs (instance_id, id);
        CREATE TABLE run_modules (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            module TEXT NOT NULL,
            direction TEXT NOT NULL,
            created INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            quarantined INTEGER NOT NULL DEFAULT 0,
            pulled INTEGER NOT NULL DEFAULT 0,
            requests INTEGER NOT NULL DEFAULT 0,
            note TEXT,
            PRIMARY KEY (run_id, module, direction));
        CREATE TABLE run_results (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            module TEXT NOT NULL,
            bss_id TEXT NOT NULL,
            remote_id TEXT,
            operation TEXT NOT NULL,
            outcome TEXT NOT NULL,
            failure_kind TEXT,
            reason TEXT,
            attempts INTEGER NOT NULL DEFAULT 1,
            at TEXT NOT NULL,
            changes TEXT);
        CREATE INDEX ix_run_results_run ON run_results (run_id, id);
        CREATE TABLE record_failures (
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            module TEXT NOT NULL,
            bss_id TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            failure_kind TEXT,
            reason TEXT,
            next_attempt_at TEXT,
            quarantined INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (instance_id, module, bss_id));
        """,
        """
        CREATE TABLE run_locks (
            instance_id INTEGER PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,
            run_id INTEGER NOT NULL,
            machine TEXT NOT NULL,
            pid INTEGER NOT NULL,
            acquired_at TEXT NOT NULL);
        """,
        """
        ALTER TABLE links ADD COLUMN snapshot TEXT;
        """,
        """
        ALTER TABLE bss_records ADD COLUMN match_key TEXT;
        CREATE INDEX ix_bss_records_match_key ON bss_records (entity, match_key);
        """,
        """
        CREATE TABLE alert_settings (
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            condition TEXT NOT NULL,
            enabled INTEGER NOT NULL,
            threshold TEXT,
            PRIMARY KEY (instance_id, condition));
        CREATE TABLE alert_webhooks (
            instance_id INTEGER PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            secret TEXT);
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            condition TEXT NOT NULL,
            subject TEXT NOT NULL,
            message TEXT NOT NULL,
            fix TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            opened_run_id INTEGER,
            last_seen_run_id INTEGER,
            closed_at TEXT,
            closed_run_id INTEGER,
            delivery TEXT);
        CREATE UNIQUE INDEX ix_alerts_open ON alerts (instance_id, condition, subject) WHERE closed_at IS NULL;
        """,
        """
        CREATE TABLE callback_settings (
            instance_id INTEGER PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,
            public_url TEXT NOT NULL,
            modules TEXT NOT NULL,
            enabled_at TEXT NOT NULL,
            last_received_at TEXT);
        CREATE TABLE callback_queue (
            id INTEGER PRIMARY KEY,
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            module TEXT NOT NULL,
            remote_id TEXT NOT NULL,
            action TEXT NOT NULL,
            received_at TEXT NOT NULL);
        CREATE INDEX ix_callback_queue ON callback_queue (instance_id, id);
        CREATE TABLE callback_receipts (
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            digest TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (instance_id, digest));
        """,
        """
        CREATE TABLE approval_settings (
            instance_id INTEGER PRIMARY KEY REFERENCES instances(id) ON DELETE CASCADE,
            mode TEXT NOT NULL,
            threshold TEXT);
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            instance_id INTEGER NOT NULL REFERENCES instances(id) ON DELETE CASCADE,
            run_id INTEGER,
            origin TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            decided_at TEXT);
        CREATE INDEX ix_plans_instance ON plans (instance_id, id);
        CREATE TABLE plan_items (
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            module TEXT NOT NULL,
            bss_id TEXT NOT NULL,
            customer_id TEXT NOT NULL,
            customer_name TEXT,
            record_hash TEXT NOT NULL,
            outcome TEXT NOT NULL,
            billing TEXT NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (plan_id, module, bss_id));
        """,
        """
        CREATE TABLE entity_revisions (
            entity TEXT PRIMARY KEY,
            revision INTEGER NOT NULL);
        INSERT INTO entity_revisions (entity, revision) SELECT DISTINCT entity, 1 FROM bss_records;
        CREATE TABLE field_values (
            entity TEXT NOT NULL,
            field TEXT NOT NULL,
            revision INTEGER NOT NULL,
            field_values TEXT NOT NULL,
            PRIMARY KEY (entity, field));
        """,
        """
        CREATE TABLE kept_fields (
            entity TEXT NOT NULL,
            field TEXT NOT NULL,
            PRIMARY KEY (entity, field));
        CREATE TABLE field_value_counts (
            entity TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT NOT NULL,
            records INTEGER NOT NULL,
            PRIMARY KEY (entity, field, value));
        INSERT INTO kept_fields (entity, field) SELECT entity, field FROM field_values;
        INSERT INTO field_value_counts (entity, field, value, records)
            SELECT r.entity, k.field, json_extract(r.json, '$.' || k.field), count(*)
            FROM bss_records r JOIN kept_fields k ON k.entity = r.entity
            WHERE json_type(r.json, '$.' || k.field) = 'text' AND json_extract(r.json, '$.' || k.field) <> ''
            GROUP BY r.entity, k.field, json_extract(r.json, '$.' || k.field);
        DROP TABLE field_values;
        DROP TABLE entity_revisions;
        """,
    ];
}
