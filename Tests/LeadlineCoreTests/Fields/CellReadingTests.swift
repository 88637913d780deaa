import Foundation
import Testing
@testable import LeadlineCore

/// Cells as people write them, read by the list's conventions; what cannot be read is refused.
@Suite struct CellReadingTests {
    static let english = CellReading(decimalComma: false, dateOrder: .mdy)
    static let german = CellReading(decimalComma: true, dateOrder: .dmy)

    static let englishNumbers: [(String, String)] = [
        ("$1,595.75", "1595.75"), ("1,595.75", "1595.75"), ("1595.75 USD", "1595.75"), ("(120.00)", "-120"), ("-$120", "-120"),
        ("$-120", "-120"), ("USD 12", "12"), ("1 595.75", "1595.75"), ("1'595.75", "1595.75"), ("15%", "15"), ("12.5 %", "12.5"),
        ("€ 3", "3"), ("0.5", "0.5"), (".5", "0.5"), ("1,234,567", "1234567"), ("1,5", "1.5"), ("+7", "7"), ("1595", "1595"),
    ]
    static let germanNumbers: [(String, String)] = [
        ("1.595,75 €", "1595.75"), ("1.595,75", "1595.75"), ("1595,75", "1595.75"), ("(120,00)", "-120"), ("1 595,75 EUR", "1595.75"),
        ("1.595", "1595"), ("1.5", "1.5"), ("1,595.75", "1595.75"), ("12 %", "12"),
    ]
    static let unreadable = ["$", "1,2,3", "12;50", "abc", "1.2.3", "--5", "(5", "1,23,456", "12,34,56.7", "", "USD", "1e5", "5 apples"]

    @Test(arguments: englishNumbers)
    func englishListsReadAmountsAsWritten(written: String, value: String) {
        #expect(Self.english.number(written) == Decimal(string: value), "\(written)")
    }

    @Test(arguments: germanNumbers)
    func decimalCommaListsReadTheirOwnWay(written: String, value: String) {
        #expect(Self.german.number(written) == Decimal(string: value), "\(written)")
    }

    @Test(arguments: unreadable)
    func whatWritesNoNumberIsRefused(written: String) {
        #expect(Self.english.number(written) == nil && Self.german.number(written) == nil, "\(written)")
    }

    @Test func flagsInTheWordsPeopleUse() {
        for yes in ["yes", "Y", "TRUE", "1", "x", "X", "on", "ja", "oui"] { #expect(Self.english.flag(yes) == true, "\(yes)") }
        for no in ["no", "n", "False", "0", "off", "nein", "non"] { #expect(Self.english.flag(no) == false, "\(no)") }
        for neither in ["maybe", "2", "yess", "-"] { #expect(Self.english.flag(neither) == nil, "\(neither)") }
    }

    @Test func datesFollowTheListsOrderAndISOAlways() {
        let us = Self.english, europe = Self.german
        #expect(us.date("01/31/2026")?.description == "2026-01-31")
        #expect(us.date("1/5/26")?.description == "2026-01-05")
        #expect(europe.date("5/1/2026")?.description == "2026-01-05")
        #expect(europe.date("31.01.2026")?.description == "2026-01-31")
        for order in [us, europe, CellReading.plain] {
            #expect(order.date("2026-01-31")?.description == "2026-01-31")
            #expect(order.date("2026/01/31 00:00")?.description == "2026-01-31", "a time after a date is left out")
            #expect(order.date("31 Jan 2026")?.description == "2026-01-31")
            #expect(order.date("Jan 31, 2026")?.description == "2026-01-31")
        }
        #expect(us.date("31/01/2026") == nil, "a day first in a month-first list is refused")
        #expect(europe.date("01/31/2026") == nil)
        #expect(us.date("02/29/2025") == nil && us.date("13/01/2026") == nil && us.date("2026-1-31x") == nil)
        #expect(CellReading.plain.date("01/31/2026") == nil, "the API's own reading takes ISO dates only")
    }

    @Test func timesAreReadInTheListsZone() throws {
        let newYork = CellReading(decimalComma: false, dateOrder: .mdy, timeZone: try #require(TimeZone(identifier: "America/New_York")))
        #expect(newYork.instant("01/31/2026 2:30 PM").map(Timestamp.format) == "2026-01-31T19:30:00Z")
        #expect(newYork.instant("2026-07-01 14:30:05").map(Timestamp.format) == "2026-07-01T18:30:05Z")
        #expect(newYork.instant("2026-07-01T14:30:05Z").map(Timestamp.format) == "2026-07-01T14:30:05Z", "an offset wins")
        #expect(newYork.instant("01/31/2026").map(Timestamp.format) == "2026-01-31T05:00:00Z")
        #expect(newYork.instant("01/31/2026 25:00") == nil && newYork.instant("01/31/2026 13:00 PM") == nil)
    }

    @Test func fieldsReadCellsThroughTheReading() throws {
        let integer = FieldDefinition(name: "score", type: .integer)
        #expect(try integer.normalize(text: "1,595", reading: Self.english).get() == .integer(1595))
        #expect(try integer.normalize(text: "1,595.00", reading: Self.english).get() == .integer(1595))
        #expect(integer.normalize(text: "1.5", reading: Self.english) == .failure(.notWhole))
        let money = FieldDefinition(name: "balance", type: .decimal)
        guard case .failure(let reason) = money.normalize(text: "$", reading: Self.english) else { Issue.record("'$' was read"); return }
        #expect(reason.description.contains("expects a value of type decimal, written like 1,595.75"))
        let flag = FieldDefinition(name: "vip", type: .boolean)
        #expect(try flag.normalize(text: "x", reading: Self.english).get() == .bool(true))
        #expect(flag.normalize(text: "maybe", reading: Self.english).isFailure)
        let due = FieldDefinition(name: "due", type: .date)
        #expect(due.normalize(text: "31/01/2026", reading: Self.english) == .failure(.invalidDate(.mdy)))
        #expect(FieldValueError.invalidDate(.mdy).description.contains("MM/DD/YYYY"))
        let text = FieldDefinition(name: "note", type: .text)
        #expect(try text.normalize(text: "$1,595.75", reading: Self.english).get() == .string("$1,595.75"), "a currency in a text field stays text")
    }

    @Test func aListsLocaleAndRegionChooseItsReading() {
        func list(_ settings: ListSettings) -> ContactList {
            ContactList(id: 1, tenantID: 1, settings: settings, schema: [], version: 1, createdAt: Date(), updatedAt: Date())
        }
        let french = CellReading(list: list(ListSettings(name: "a", locale: "fr")), region: "FR")
        #expect(french.decimalComma && french.dateOrder == .dmy)
        let american = CellReading(list: list(ListSettings(name: "b")), region: "US")
        #expect(!american.decimalComma && american.dateOrder == .mdy)
        let chosen = CellReading(list: list(ListSettings(name: "c", locale: "de", dateOrder: .ymd)), region: "DE")
        #expect(chosen.decimalComma && chosen.dateOrder == .ymd)
    }

    @Test func listSettingsCheckTheLocaleAndDateOrder() throws {
        let settings = try ListRules.create(ListInput(name: "x", locale: "de_de", dateOrder: "DMY"), schema: [], ownTenant: 1)
        #expect(settings.locale == "de-DE" && settings.dateOrder == .dmy)
        let refused = #expect(throws: ValidationFailure.self) {
            try ListRules.create(ListInput(name: "x", locale: "klingon-XX", dateOrder: "dym"), schema: [], ownTenant: 1)
        }
        #expect(Set(refused?.issues.map(\.field) ?? []) == ["locale", "dateOrder"])
    }
}
