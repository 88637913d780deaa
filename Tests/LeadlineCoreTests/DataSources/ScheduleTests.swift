import Foundation
import Testing
@testable import LeadlineCore

@Suite struct ScheduleTests {
    let newYork = TimeZone(identifier: "America/New_York")!

    func date(_ text: String) -> Date { Timestamp.parse(text)! }

    @Test func dailyRunsKeepTheirWallClockTimeAcrossDaylightSaving() {
        let schedule = Schedule.daily(LocalTime("06:30")!, zone: newYork)
        // 2026-03-08: New York springs forward; 06:30 EST was 11:30Z, 06:30 EDT is 10:30Z.
        #expect(schedule.next(after: date("2026-03-07T12:00:00Z")) == date("2026-03-08T10:30:00Z"))
        #expect(schedule.next(after: date("2026-03-06T11:30:00Z")) == date("2026-03-07T11:30:00Z"), "strictly after")
        #expect(schedule.next(after: date("2026-11-01T00:00:00Z")) == date("2026-11-01T11:30:00Z"))
    }

    @Test func aTimeInTheSpringGapRunsRightAfterIt() throws {
        let next = try #require(Schedule.daily(LocalTime("02:30")!, zone: newYork).next(after: date("2026-03-08T05:00:00Z")))
        #expect(next > date("2026-03-08T06:59:59Z") && next <= date("2026-03-08T07:30:00Z"))
    }

    @Test func weeklyMonthlyAndOnce() {
        let monday = Schedule.weekly([.monday], LocalTime("08:00")!, zone: TimeZone(identifier: "Europe/Paris")!)
        #expect(monday.next(after: date("2026-11-27T12:00:00Z")) == date("2026-11-30T07:00:00Z"))
        let endOfMonth = Schedule.monthly(day: 31, LocalTime("23:00")!, zone: TimeZone(identifier: "UTC")!)
        #expect(endOfMonth.next(after: date("2026-11-27T00:00:00Z")) == date("2026-11-30T23:00:00Z"), "the last day of a shorter month")
        #expect(endOfMonth.next(after: date("2026-12-01T00:00:00Z")) == date("2026-12-31T23:00:00Z"))
        #expect(Schedule.once(date("2026-12-01T06:00:00Z")).next(after: date("2026-12-01T06:00:00Z")) == nil)
    }

    @Test func aWeeklyScheduleRunsOnEachChosenDay() throws {
        let input = ScheduleInput(kind: "weekly", time: "09:00", timeZone: "America/New_York", weekdays: ["tuesday", "thursday"])
        let schedule = try input.schedule()
        // 2026-12-01 is a Tuesday: after its run, Thursday's, then the next Tuesday's.
        let tuesday = try #require(schedule.next(after: date("2026-12-01T00:00:00Z")))
        #expect(tuesday == date("2026-12-01T14:00:00Z"))
        let thursday = try #require(schedule.next(after: tuesday))
        #expect(thursday == date("2026-12-03T14:00:00Z"))
        #expect(schedule.next(after: thursday) == date("2026-12-08T14:00:00Z"))
    }

    @Test func weeklyDaysAreNamedOnceAndCorrectly() {
        let cases: [(ScheduleInput, String)] = [
            (ScheduleInput(kind: "weekly", time: "09:00", timeZone: "UTC", weekdays: []), "schedule.weekdays"),
            (ScheduleInput(kind: "weekly", time: "09:00", timeZone: "UTC", weekdays: ["monday", "someday"]), "schedule.weekdays"),
            (ScheduleInput(kind: "weekly", time: "09:00", timeZone: "UTC", weekday: "monday", weekdays: ["friday"]), "schedule.weekdays"),
            (ScheduleInput(kind: "weekly", time: "09:00", timeZone: "UTC"), "schedule.weekdays"),
        ]
        for (input, field) in cases {
            let failure = #expect(throws: ValidationFailure.self) { try input.schedule() }
            #expect(failure?.issues.map(\.field) == [field])
        }
    }

    /// For every zone and time, the next run is later than the instant and at the wall-clock time asked.
    @Test func nextRunsAreLaterAndOnTime() {
        var generator = SystemRandomNumberGenerator()
        let zones = ["America/New_York", "Europe/London", "Australia/Lord_Howe", "Asia/Kolkata", "UTC"].map { TimeZone(identifier: $0)! }
        for _ in 0..<500 {
            let zone = zones.randomElement(using: &generator)!
            let time = LocalTime(hour: Int.random(in: 4...22, using: &generator), minute: Int.random(in: 0...59, using: &generator))!
            let instant = Date(timeIntervalSince1970: Double.random(in: 1.7e9...1.9e9, using: &generator))
            let next = Schedule.daily(time, zone: zone).next(after: instant)!
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            #expect(next > instant && next.timeIntervalSince(instant) <= 26 * 3600)
            #expect(calendar.component(.hour, from: next) == time.hour && calendar.component(.minute, from: next) == time.minute)
        }
    }

    @Test func badSchedulesNameTheirField() {
        let failure = #expect(throws: ValidationFailure.self) {
            try ScheduleInput(kind: "weekly", time: "25:00", timeZone: "Mars/Base", weekday: "funday").schedule()
        }
        #expect(Set(failure?.issues.map(\.field) ?? []) == ["schedule.time", "schedule.timeZone", "schedule.weekday"])
        #expect(throws: ValidationFailure.self) { try ScheduleInput(kind: "hourly").schedule() }
    }

    @Test func filePatternsPickFiles() {
        let names = ["leads_20261126080000.csv", "leads_20261127070000.csv", "leads_2026112707.csv", "other.csv", "leads-a.csv", "leads-b.csv"]
        #expect(FilePattern.pick(names, pattern: "leads_$rdatetime$.csv") == ["leads_20261127070000.csv"])
        #expect(FilePattern.pick(names, pattern: "leads-*.csv") == ["leads-a.csv", "leads-b.csv"])
        #expect(FilePattern.pick(names, pattern: "*.txt").isEmpty)
        #expect(FilePattern.matches("a.csv", glob: "?.csv") && !FilePattern.matches("ab.csv", glob: "?.csv"))
    }

    @Test func locationsStayInsideTheOpenedFolders() {
        let roots = ["/srv/leadline/in"]
        #expect(throws: ValidationFailure.self) { try DataSourceLocation.file(path: "/etc/passwd").check(roots: roots) }
        #expect(throws: ValidationFailure.self) { try DataSourceLocation.file(path: "/srv/leadline/in/../../secret").check(roots: roots) }
        #expect(throws: ValidationFailure.self) { try DataSourceLocation.file(path: "/srv/leadline/inside/x.csv").check(roots: roots) }
        #expect(throws: Never.self) { try DataSourceLocation.file(path: "/srv/leadline/in/*.csv").check(roots: roots) }
        #expect(throws: ValidationFailure.self) { try DataSourceLocation.query(url: "mysql://x", sql: String(repeating: "x", count: 4001)).check(roots: roots) }
    }
}
