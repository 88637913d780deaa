extension Migration {
    /// A list may keep a contact's invalid numbers, excluded, instead of refusing the contact.
    static let m003KeepInvalidNumbers = Migration(
        version: 3,
        name: "lists keep invalid numbers",
        sqlite: ["ALTER TABLE lists ADD COLUMN keep_invalid_numbers INTEGER NOT NULL DEFAULT 0"],
        postgres: ["ALTER TABLE lists ADD COLUMN keep_invalid_numbers BOOLEAN NOT NULL DEFAULT FALSE"]
    )
}
