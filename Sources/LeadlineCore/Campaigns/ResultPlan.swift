import Foundation

/// What follows a result: another try (when, on which number), a callback, or the end of the
/// contact's work in the job, and what becomes of the number used.
public struct ResultPlan: Sendable, Equatable {
    public var state: JobContactState
    /// When a retry or callback is due.
    public var dueAt: Date?
    /// The contact's status after the result.
    public var status: ContactStatus
    public var progress: JobContactProgress
    public var numberEffect: NumberEffect

    /// - Parameters:
    ///   - progress: the job's memory of the contact before this result.
    ///   - targets: how many numbers or addresses the strategy may try, to move to the next.
    ///   - day: the contact's local date now, for the daily limits.
    public static func plan(
        code: CompletionCode, callbackAt: Date?, target: AttemptTarget, targets: Int, progress: JobContactProgress, settings: StrategySettings,
        day: String, now: Date
    ) -> ResultPlan {
        var next = progress.counting(code.name, on: target.address, day: day)
        if let callbackAt {
            return ResultPlan(state: .callback, dueAt: callbackAt, status: .callback, progress: next, numberEffect: code.numberEffect)
        }
        if code.closesContact {
            return ResultPlan(state: .finished, dueAt: nil, status: .closed, progress: next, numberEffect: code.numberEffect)
        }
        guard let rule = settings.retries[code.name] else {
            return ResultPlan(state: .finished, dueAt: nil, status: .remaining, progress: next, numberEffect: code.numberEffect)
        }
        let final: ContactStatus = rule.then == .closed ? .closed : .remaining
        guard next.outcomes[code.name, default: 0] < rule.maxAttempts, next.attempts < settings.attemptsPerContact else {
            return ResultPlan(state: .finished, dueAt: nil, status: final, progress: next, numberEffect: code.numberEffect)
        }
        if rule.nextNumber || code.numberEffect == .deactivate { next.nextNumber = (next.nextNumber + 1) % max(targets, 1) }
        return ResultPlan(
            state: .retry, dueAt: now.addingTimeInterval(Double(rule.delayMinutes) * 60), status: .remaining, progress: next,
            numberEffect: code.numberEffect)
    }
}
