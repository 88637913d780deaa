extension Migration {
    /// How a list's people write numbers and dates (its locale and date order), and the region a
    /// tenant's numbers without a country code are read in when a list names none. Tenants made
    /// before keep no region, so their imports read numbers as they did.
    static let m010HowPeopleWrite = Migration(
        version: 10,
        name: "list locale and date order, tenant default region",
        sqlite: [
            "ALTER TABLE lists ADD COLUMN locale TEXT",
            "ALTER TABLE lists ADD COLUMN date_order TEXT",
            "ALTER TABLE tenants ADD COLUMN default_region TEXT",
        ],
        postgres: [
            "ALTER TABLE lists ADD COLUMN locale TEXT",
            "ALTER TABLE lists ADD COLUMN date_order TEXT",
            "ALTER TABLE tenants ADD COLUMN default_region TEXT",
        ]
    )
}
