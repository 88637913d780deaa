import Foundation
import Testing
@testable import LeadlineCore

@Suite struct CalendarDateTests {
    @Test func everyDayOfFourYearsRoundTrips() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = calendar.date(from: DateComponents(year: 2023, month: 1, day: 1))!
        for _ in 0..<(366 + 365 * 3) {
            let parts = calendar.dateComponents([.year, .month, .day], from: day)
            let text = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            #expect(CalendarDate(text)?.description == text)
            day = calendar.date(byAdding: .day, value: 1, to: day)!
        }
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-04-31", "2024-1-01", "24-01-01", "2024/01/01", "２０２４-01-01", ""])
    func impossibleDatesAreRefused(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func jsonValuesKeepIntegersApartFromDecimals() throws {
        let decoded = try JSONDecoder().decode([String: JSONValue].self, from: Data(#"{"a":1,"b":1.5,"c":true,"d":"x","e":null,"f":[1],"g":{"h":0}}"#.utf8))
        #expect(decoded == ["a": .integer(1), "b": .decimal(Decimal(string: "1.5")!), "c": .bool(true), "d": .string("x"), "e": .null,
                            "f": .array([.integer(1)]), "g": .object(["h": .integer(0)])])
        let encoded = try JSONEncoder().encode(decoded)
        #expect(try JSONDecoder().decode([String: JSONValue].self, from: encoded) == decoded)
    }
}
