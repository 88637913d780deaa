import ArgumentParser
import LeadlineCore

/// Domain errors as one line a person at a terminal can act on.
enum CommandErrors {
    static func explained<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let failure as ValidationFailure {
            throw CommandFailure(failure.issues.map { "\($0.field) \($0.reason)" }.joined(separator: "; "))
        } catch let error as DomainError {
            switch error {
            case .notFound(let detail), .forbidden(let detail): throw CommandFailure(detail)
            case .conflict(_, let reason): throw CommandFailure(reason)
            case .staleVersion(let current): throw CommandFailure("the object changed; its version is now \(current)")
            }
        }
    }
}
