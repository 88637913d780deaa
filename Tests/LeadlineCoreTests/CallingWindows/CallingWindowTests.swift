import Foundation
import Testing
@testable import LeadlineCore

@Suite struct CallingWindowTests {
    let standard = CallingWindow.standard

    private func zone(_ name: String) -> TimeZone { TimeZone(identifier: name)! }
    private func at(_ text: String) -> Date { Timestamp.parse(text)! }

    @Test func timesAndWindowsAreChecked() {
        #expect(LocalTime("08:30")?.minutes == 510)
        #expect(LocalTime("24:00") == .endOfDay)
        for bad in ["8:00", "24:01", "25:00", "12:60", "ab:cd", ""] { #expect(LocalTime(bad) == nil, "\(bad)") }
        #expect(DayWindow(start: LocalTime(hour: 9)!, end: LocalTime(hour: 9)!) == nil)
        #expect(DayWindow(start: LocalTime(hour: 22)!, end: LocalTime(hour: 2)!) == nil)
    }

    @Test func newYorkAcrossTheSpringChange() {
        let newYork = zone("America/New_York")
        // 2026-03-08 02:00 EST becomes 03:00 EDT: 08:00 is 13:00Z the day before and 12:00Z that day.
        #expect(!standard.allows(at("2026-03-07T12:59:00Z"), in: newYork))
        #expect(standard.allows(at("2026-03-07T13:00:00Z"), in: newYork))
        #expect(!standard.allows(at("2026-03-08T11:59:00Z"), in: newYork))
        #expect(standard.allows(at("2026-03-08T12:00:00Z"), in: newYork))
        #expect(standard.nextAllowed(after: at("2026-03-08T03:00:00Z"), inAll: [newYork]) == at("2026-03-08T12:00:00Z"))
        #expect(!standard.allows(at("2026-03-09T01:00:00Z"), in: newYork), "21:00 EDT is closed")
    }

    @Test func newYorkAcrossTheAutumnChange() {
        let newYork = zone("America/New_York")
        // 2026-11-01 02:00 EDT becomes 01:00 EST: 08:00 is 13:00Z that day.
        #expect(standard.nextAllowed(after: at("2026-11-01T05:00:00Z"), inAll: [newYork]) == at("2026-11-01T13:00:00Z"))
        #expect(standard.allows(at("2026-11-02T01:59:00Z"), in: newYork), "20:59 EST is open")
        #expect(!standard.allows(at("2026-11-02T02:00:00Z"), in: newYork))
    }

    @Test func londonAcrossBothChanges() {
        let london = zone("Europe/London")
        #expect(standard.nextAllowed(after: at("2026-03-28T21:00:00Z"), inAll: [london]) == at("2026-03-29T07:00:00Z"))
        #expect(standard.nextAllowed(after: at("2026-10-24T20:00:00Z"), inAll: [london]) == at("2026-10-25T08:00:00Z"))
        #expect(standard.allows(at("2026-10-25T20:59:00Z"), in: london) && !standard.allows(at("2026-10-25T21:00:00Z"), in: london))
    }

    @Test func lordHoweShiftsByHalfAnHour() {
        let lordHowe = zone("Australia/Lord_Howe")
        // Standard time is +10:30, summer time +11:00; summer starts 2026-10-04 at 02:00, which becomes 02:30.
        #expect(standard.nextAllowed(after: at("2026-10-02T12:00:00Z"), inAll: [lordHowe]) == at("2026-10-02T21:30:00Z"))
        #expect(standard.nextAllowed(after: at("2026-10-03T12:00:00Z"), inAll: [lordHowe]) == at("2026-10-03T21:00:00Z"))
        // A window opening at 02:00 on the changeover day opens when the clock shows 02:30.
        let early = CallingWindow(days: [.sunday: DayWindow(start: LocalTime(hour: 2)!, end: LocalTime(hour: 5)!)!])
        let opening = early.nextAllowed(after: at("2026-10-03T10:00:00Z"), inAll: [lordHowe])
        #expect(opening == at("2026-10-03T15:30:00Z"))
        #expect(opening.map { early.allows($0, in: lordHowe) } == true)
    }

    @Test func aZoneWithoutDaylightSavingKeepsItsHours() {
        let tokyo = zone("Asia/Tokyo")
        for day in ["2026-01-15", "2026-07-15"] {
            #expect(standard.nextAllowed(after: at("\(day)T14:00:00Z"), inAll: [tokyo]) == at("\(day)T23:00:00Z"))
        }
    }

    @Test func severalZonesMeanTheHoursAllowedInEvery() {
        let zones = [zone("America/New_York"), zone("America/Los_Angeles")]
        // In January New York allows 13:00Z-02:00Z and Los Angeles 16:00Z-05:00Z.
        #expect(!standard.allows(at("2026-01-15T14:00:00Z"), inAll: zones))
        #expect(standard.nextAllowed(after: at("2026-01-15T13:30:00Z"), inAll: zones) == at("2026-01-15T16:00:00Z"))
        #expect(standard.allows(at("2026-01-16T01:59:00Z"), inAll: zones))
        #expect(!standard.allows(at("2026-01-16T02:30:00Z"), inAll: zones))
        #expect(!standard.allows(at("2026-01-15T16:00:00Z"), inAll: []), "no zone, no call")
    }

    @Test func excludedDatesAndClosedWeekdaysAreSkipped() {
        var window = CallingWindow.standard
        window.days[.sunday] = nil
        window.excludedDates = [CalendarDate("2026-12-25")!]
        let paris = zone("Europe/Paris")
        // Friday 25 December is a holiday, Saturday is open.
        #expect(window.nextAllowed(after: at("2026-12-24T21:00:00Z"), inAll: [paris]) == at("2026-12-26T07:00:00Z"))
        // Saturday evening to Monday morning.
        #expect(window.nextAllowed(after: at("2026-12-26T20:00:00Z"), inAll: [paris]) == at("2026-12-28T07:00:00Z"))
        #expect(CallingWindow(days: [:]).nextAllowed(after: at("2026-12-26T20:00:00Z"), inAll: [paris]) == nil)
    }

    @Test func theNextAllowedInstantIsTheFirst() {
        let names = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Europe/London",
                     "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns"]
        var generator = SystemRandomNumberGenerator()
        var window = CallingWindow.standard
        window.days[.saturday] = DayWindow(start: LocalTime("09:30")!, end: LocalTime("13:00")!)
        window.days[.sunday] = nil
        for _ in 0..<40 {
            let zones = names.shuffled(using: &generator).prefix(Int.random(in: 1...2, using: &generator)).map(zone)
            let start = Date(timeIntervalSince1970: Double(Int.random(in: 1_767_225_600...1_798_761_600, using: &generator) / 60 * 60))
            guard let next = window.nextAllowed(after: start, inAll: zones) else {
                Issue.record("no allowed time for \(zones.map(\.identifier))")
                continue
            }
            #expect(next >= start && window.allows(next, inAll: zones))
            var probe = start
            while probe < next {
                #expect(!window.allows(probe, inAll: zones), "\(probe) is allowed before \(next) in \(zones.map(\.identifier))")
                probe = probe.addingTimeInterval(60)
            }
        }
    }
}
