import Foundation
import Testing
@testable import LeadlineCore

/// The rules of callbacks that hold for every input: the clock only moves a callback forward,
/// and the interval limit finds the first free time a plain search finds.
@Suite struct CallbackRuleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func theClockMovesACallbackForwardOnlyAndAsTheThresholdsSay() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let settings = CallbackSettings(
                dueBeforeMinutes: Int.random(in: 0...30, using: &generator), delayedAfterMinutes: Int.random(in: 1...60, using: &generator),
                windowMinutes: Int.random(in: 61...600, using: &generator))
            let due = start.addingTimeInterval(Double.random(in: 0...7200, using: &generator))
            let end = settings.windowEnd(after: due)
            var state = CallbackState.scheduled
            var now = start
            for _ in 0..<40 {
                // Any clock, also one that steps back: the state never does.
                now = now.addingTimeInterval(Double.random(in: -600...1800, using: &generator))
                let next = state.advanced(dueAt: due, windowEndAt: end, settings: settings, now: now)
                #expect(next.rank >= state.rank)
                if next != state {
                    switch next {
                    case .due: #expect(now >= settings.leasableAt(due) && now < end)
                    case .delayed: #expect(now >= due.addingTimeInterval(Double(settings.delayedAfterMinutes) * 60) && now < end)
                    case .expired: #expect(now >= end)
                    case .scheduled, .closed: Issue.record("the clock moved a callback to \(next)")
                    }
                }
                state = next
            }
        }
        #expect(CallbackState.closed.advanced(dueAt: start, windowEndAt: start, settings: CallbackSettings(), now: start.addingTimeInterval(1e6)) == .closed)
    }

    @Test func theIntervalLimitFindsTheFirstFreeMinuteAPlainSearchFinds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let limit = CallbackSettings.Limit(count: Int.random(in: 1...4, using: &generator), minutes: Int.random(in: 1...30, using: &generator))
            let booked = (0..<Int.random(in: 0...25, using: &generator)).map { _ in start.addingTimeInterval(Double(Int.random(in: 0...120, using: &generator)) * 60) }
            let wanted = start.addingTimeInterval(Double(Int.random(in: 0...120, using: &generator)) * 60)
            #expect(limit.firstFree(from: wanted, booked: booked) == Self.oracle(limit, wanted: wanted, booked: booked))
        }
    }

    /// Minute by minute from `wanted`: the first minute where every interval of the limit's
    /// length that holds it holds fewer than `count` booked times.
    static func oracle(_ limit: CallbackSettings.Limit, wanted: Date, booked: [Date]) -> Date {
        var minute = wanted
        while true {
            let fits = (0..<limit.minutes).allSatisfy { back in
                let from = minute.addingTimeInterval(-Double(back) * 60)
                let inside = booked.filter { $0 >= from && $0 < from.addingTimeInterval(Double(limit.minutes) * 60) }
                return inside.count < limit.count
            }
            if fits { return minute }
            minute = minute.addingTimeInterval(60)
        }
    }

    @Test func preferencesNameWhoMayTakeACallbackNow() {
        let settings = CallbackSettings(preferAgentWaitMinutes: 10)
        func exclusive(_ preference: CallbackPreference, minutesAfterDue: Double) -> String? {
            Callback.exclusiveAgent(target: "ann", preference: preference, dueAt: start, at: start.addingTimeInterval(minutesAfterDue * 60), settings: settings)
        }
        #expect(exclusive(.anyone, minutesAfterDue: 0) == nil)
        #expect(exclusive(.onlyAgent, minutesAfterDue: 500) == "ann")
        #expect(exclusive(.otherAgent, minutesAfterDue: 500) == "ann")
        #expect(exclusive(.preferAgent, minutesAfterDue: 9) == "ann")
        #expect(exclusive(.preferAgent, minutesAfterDue: 10) == nil, "after the wait, anyone")
    }

    @Test func badOptionsNameTheirFields() {
        var issues = IssueCollector()
        CallbackOptions(preference: .otherAgent, windowEndAt: start.addingTimeInterval(-7200), comment: String(repeating: "x", count: 1001))
            .check(dueAt: start.addingTimeInterval(-3600), dueField: "dueAt", now: start, handlingAgent: "ann", issues: &issues)
        #expect(Set(issues.issues.map(\.field)) == ["dueAt", "windowEnd", "comment", "agent"])
        var ahead = IssueCollector()
        CallbackOptions(preference: .onlyAgent).check(dueAt: start.addingTimeInterval(400 * 86_400), dueField: "callbackAt", now: start, handlingAgent: nil, issues: &ahead)
        #expect(Set(ahead.issues.map(\.field)) == ["callbackAt", "agent"])
        var fine = IssueCollector()
        CallbackOptions(preference: .onlyAgent).check(dueAt: start.addingTimeInterval(60), dueField: "callbackAt", now: start, handlingAgent: "ann", issues: &fine)
        #expect(fine.issues.isEmpty)
    }
}
