extension Migration {
    /// Substring search on names, phone digits and emails without a full scan: an FTS5 trigram
    /// index on SQLite, pg_trgm GIN indexes over a side table on PostgreSQL; triggers keep each in
    /// step with the contacts.
    static let m002SearchIndexes = Migration(
        version: 2,
        name: "search indexes",
        sqlite: [
            """
            CREATE VIRTUAL TABLE contact_search USING fts5(
                search_name, search_phones, search_emails,
                content = 'contacts', content_rowid = 'id', tokenize = 'trigram')
            """,
            """
            CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
                INSERT INTO contact_search (rowid, search_name, search_phones, search_emails)
                VALUES (new.id, new.search_name, new.search_phones, new.search_emails);
            END
            """,
            """
            CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
                INSERT INTO contact_search (contact_search, rowid, search_name, search_phones, search_emails)
                VALUES ('delete', old.id, old.search_name, old.search_phones, old.search_emails);
            END
            """,
            """
            CREATE TRIGGER contacts_search_update AFTER UPDATE OF search_name, search_phones, search_emails ON contacts BEGIN
                INSERT INTO contact_search (contact_search, rowid, search_name, search_phones, search_emails)
                VALUES ('delete', old.id, old.search_name, old.search_phones, old.search_emails);
                INSERT INTO contact_search (rowid, search_name, search_phones, search_emails)
                VALUES (new.id, new.search_name, new.search_phones, new.search_emails);
            END
            """,
        ],
        postgres: [
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            // A narrow side table: rechecking trigram matches reads its small rows, not whole contacts.
            """
            CREATE TABLE contact_search (
                contact_id BIGINT PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
                list_id BIGINT NOT NULL,
                search_name TEXT NOT NULL,
                search_phones TEXT NOT NULL,
                search_emails TEXT NOT NULL)
            """,
            // Finer statistics let the planner tell a rare substring (use the trigram index) from a
            // common one (walk contacts in order and stop at the first page).
            """
            ALTER TABLE contact_search ALTER COLUMN search_name SET STATISTICS 1000,
                ALTER COLUMN search_phones SET STATISTICS 1000, ALTER COLUMN search_emails SET STATISTICS 1000
            """,
            "CREATE INDEX contact_search_name ON contact_search USING gin (search_name gin_trgm_ops)",
            "CREATE INDEX contact_search_phones ON contact_search USING gin (search_phones gin_trgm_ops)",
            "CREATE INDEX contact_search_emails ON contact_search USING gin (search_emails gin_trgm_ops)",
            """
            CREATE FUNCTION contacts_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO contact_search (contact_id, list_id, search_name, search_phones, search_emails)
                SELECT id, list_id, search_name, search_phones, search_emails FROM inserted;
                RETURN NULL;
            END
            $$
            """,
            """
            CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts
            REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION contacts_search_insert()
            """,
            """
            CREATE FUNCTION contacts_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE contact_search s
                SET list_id = u.list_id, search_name = u.search_name, search_phones = u.search_phones, search_emails = u.search_emails
                FROM updated u
                WHERE s.contact_id = u.id
                  AND (s.list_id, s.search_name, s.search_phones, s.search_emails)
                      IS DISTINCT FROM (u.list_id, u.search_name, u.search_phones, u.search_emails);
                RETURN NULL;
            END
            $$
            """,
            """
            CREATE TRIGGER contacts_search_update AFTER UPDATE ON contacts
            REFERENCING NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION contacts_search_update()
            """,
        ]
    )
}
