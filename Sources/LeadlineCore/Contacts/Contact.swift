import Foundation

/// One customer record in one list.
public struct Contact: Sendable, Equatable {
    public var id: Int64
    public var listID: Int64
    public var tenantID: Int64
    public var content: ContactContent
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
    /// When outbound work will try the contact again, if a retry is set.
    public var retryAt: Date?

    public init(
        id: Int64, listID: Int64, tenantID: Int64, content: ContactContent, version: Int, createdAt: Date, updatedAt: Date, retryAt: Date? = nil
    ) {
        self.retryAt = retryAt
        self.id = id
        self.listID = listID
        self.tenantID = tenantID
        self.content = content
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
