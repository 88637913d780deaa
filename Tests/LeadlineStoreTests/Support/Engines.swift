import Foundation
import LeadlineStore
import LeadlineTestSupport
import Testing

/// Runs a conformance case on a fresh store of `engine`; PostgreSQL cases are skipped with the
/// reason where no server can be started, unless CI requires them.
func withStore<T>(_ engine: Engine, clock: @escaping @Sendable () -> Date = Date.init, _ body: (Store) async throws -> T) async throws -> T {
    try await TestStore.with(engine, clock: clock, skip: { try Test.cancel(Comment(rawValue: $0)) }, body)
}
