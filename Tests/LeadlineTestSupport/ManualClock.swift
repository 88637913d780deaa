import Foundation

/// A clock a test moves by hand, to pass as a store's or an engine's clock.
public final class ManualClock: @unchecked Sendable {
    private var instant: Date
    private let lock = NSLock()

    public init(_ start: Date) { instant = start }

    public func now() -> Date { lock.withLock { instant } }
    public func set(_ date: Date) { lock.withLock { instant = date } }
    public func advance(_ seconds: Double) { lock.withLock { instant = instant.addingTimeInterval(seconds) } }
}
