/// Group commit: requests of one key that arrive while a round of that key is being written
/// wait, and are written together in the next round, one transaction for all of them. Under
/// load a round's cost is shared by every request in it; alone, a request is a round of one.
/// One round of a key runs at a time; rounds of different keys run side by side.
public actor GroupCommit {
    private struct Waiting {
        let request: any Sendable
        let continuation: CheckedContinuation<any Sendable, any Error>
    }

    private var queues: [String: [Waiting]] = [:]
    /// The most requests one round takes; the rest wait for the next.
    public let maximumRound: Int

    public init(maximumRound: Int = 1000) {
        self.maximumRound = maximumRound
    }

    /// Queues the request for the next round of `key` and returns its answer. `round` answers
    /// a round's requests in their order, each on its own: one request's error is its own.
    public func submit<Request: Sendable, Answer: Sendable>(
        _ request: Request, key: String, round: @escaping @Sendable ([Request]) async -> [Result<Answer, any Error>]
    ) async throws -> Answer {
        let answer = try await withCheckedThrowingContinuation { continuation in
            let idle = queues[key] == nil
            queues[key, default: []].append(Waiting(request: request, continuation: continuation))
            guard idle else { return }
            Task {
                await self.drain(key) { requests in
                    await round(requests.map { $0 as! Request }).map { $0.map { $0 as any Sendable } }
                }
            }
        }
        return answer as! Answer
    }

    private func drain(_ key: String, round: @Sendable ([any Sendable]) async -> [Result<any Sendable, any Error>]) async {
        while let batch = next(key) {
            let answers = await round(batch.map(\.request))
            precondition(answers.count == batch.count, "a round answers each of its requests")
            for (waiting, answer) in zip(batch, answers) { waiting.continuation.resume(with: answer) }
        }
    }

    /// The requests of the next round, or nil once none wait (the key is idle again).
    private func next(_ key: String) -> [Waiting]? {
        guard let waiting = queues[key], !waiting.isEmpty else {
            queues[key] = nil
            return nil
        }
        let batch = Array(waiting.prefix(maximumRound))
        queues[key] = Array(waiting.dropFirst(batch.count))
        return batch
    }
}
