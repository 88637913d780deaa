/// Hands out a fixed set of connections, one caller at a time each; callers wait their turn.
///
/// An actor alone is no lock across `await`s, so connections are checked out and back in
/// explicitly and waiters resume in arrival order.
actor ConnectionPool<Connection: Sendable> {
    private var idle: [Connection]
    private var waiters: [CheckedContinuation<Connection, Never>] = []

    init(_ connections: [Connection]) {
        precondition(!connections.isEmpty, "a pool needs at least one connection")
        idle = connections
    }

    nonisolated func withConnection<T: Sendable>(_ body: @Sendable (Connection) async throws -> T) async throws -> T {
        let connection = await checkOut()
        do {
            let result = try await body(connection)
            await checkIn(connection)
            return result
        } catch {
            await checkIn(connection)
            throw error
        }
    }

    /// Takes every connection out, waiting for those in use, so they can be closed.
    func drain(count: Int) async -> [Connection] {
        var drained: [Connection] = []
        while drained.count < count { drained.append(await checkOut()) }
        return drained
    }

    private func checkOut() async -> Connection {
        if let connection = idle.popLast() { return connection }
        return await withCheckedContinuation { waiters.append($0) }
    }

    private func checkIn(_ connection: Connection) {
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }
}
