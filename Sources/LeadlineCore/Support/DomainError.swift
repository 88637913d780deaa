/// The outcomes of a request that are not about the shape of its input.
public enum DomainError: Error, Sendable, Equatable {
    /// The object does not exist, or belongs to a tenant the caller cannot see.
    case notFound(String)
    /// The caller's role does not allow the action.
    case forbidden(String)
    /// The write would break a uniqueness rule or the object's current state forbids it.
    case conflict(field: String?, reason: String)
    /// The caller wrote against a version that is no longer current.
    case staleVersion(current: Int)
}

extension DomainError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notFound(let what): what
        case .forbidden(let why): why
        case .conflict(let field, let reason): field.map { "\($0): \(reason)" } ?? reason
        case .staleVersion(let current): "the object changed meanwhile; its version is now \(current)"
        }
    }
}
