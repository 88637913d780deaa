extension Migration {
    /// A contact's US state or Canadian province, one of the sources of its calling zones.
    static let m004ContactState = Migration(
        version: 4,
        name: "contacts state",
        sqlite: ["ALTER TABLE contacts ADD COLUMN state TEXT"],
        postgres: ["ALTER TABLE contacts ADD COLUMN state TEXT"]
    )
}
