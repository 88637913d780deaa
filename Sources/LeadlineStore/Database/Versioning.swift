import LeadlineCore

/// Optimistic concurrency: a write that names a version must name the current one.
enum Versioning {
    static func check(_ expected: Int?, current: Int) throws(DomainError) {
        if let expected, expected != current { throw .staleVersion(current: current) }
    }
}
