extension Migration {
    /// Substring search on names, phone digits and emails without a full scan: an FTS5 trigram
    /// index on SQLite (kept in step by triggers), pg_trgm GIN indexes on PostgreSQL.
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
            "CREATE INDEX contacts_search_name ON contacts USING gin (search_name gin_trgm_ops)",
            "CREATE INDEX contacts_search_phones ON contacts USING gin (search_phones gin_trgm_ops)",
            "CREATE INDEX contacts_search_emails ON contacts USING gin (search_emails gin_trgm_ops)",
        ]
    )
}
