extension Migration {
    /// A share becomes an offer with an access: the receiving tenant's administrator accepts it
    /// before the list shows there, and reading or writing its contacts is granted per share. The
    /// tenant is no longer a foreign key, because an offer to a tenant that does not exist must
    /// look exactly like one to a tenant that does. Shares made before offers existed count as
    /// accepted, for reading only: nothing a partner could see disappears, and nothing it could
    /// not be trusted to write stays writable.
    static let m008ListShareOffers = Migration(
        version: 8,
        name: "list share offers and access",
        sqlite: [
            """
            CREATE TABLE list_shares_v8 (
                list_id BIGINT NOT NULL REFERENCES lists(id) ON DELETE CASCADE,
                tenant_id BIGINT NOT NULL,
                access TEXT NOT NULL,
                offered_at BIGINT NOT NULL,
                accepted_at BIGINT,
                PRIMARY KEY (list_id, tenant_id))
            """,
            """
            INSERT INTO list_shares_v8 (list_id, tenant_id, access, offered_at, accepted_at)
            SELECT s.list_id, s.tenant_id, 'read', l.updated_at, l.updated_at FROM list_shares s JOIN lists l ON l.id = s.list_id
            """,
            "DROP TABLE list_shares",
            "ALTER TABLE list_shares_v8 RENAME TO list_shares",
            "CREATE INDEX list_shares_tenant ON list_shares (tenant_id, list_id)",
        ],
        postgres: [
            "ALTER TABLE list_shares DROP CONSTRAINT IF EXISTS list_shares_tenant_id_fkey",
            "ALTER TABLE list_shares ADD COLUMN access TEXT NOT NULL DEFAULT 'read'",
            "ALTER TABLE list_shares ADD COLUMN offered_at BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE list_shares ADD COLUMN accepted_at BIGINT",
            "UPDATE list_shares s SET offered_at = l.updated_at, accepted_at = l.updated_at FROM lists l WHERE l.id = s.list_id",
            "ALTER TABLE list_shares ALTER COLUMN access DROP DEFAULT",
            "ALTER TABLE list_shares ALTER COLUMN offered_at DROP DEFAULT",
        ]
    )
}
