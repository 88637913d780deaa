/// The SQL engines Leadline runs on.
public enum Engine: String, Sendable, CaseIterable {
    /// Embedded, in one file; the default.
    case sqlite
    /// For deployments where several servers share one database.
    case postgres
}
