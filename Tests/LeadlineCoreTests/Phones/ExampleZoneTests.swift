import Foundation
import Testing
@testable import LeadlineCore

/// The zones of every region's example numbers, against what libphonenumber's own time-zone
/// mapper answers for them (`Scripts/generate-zone-oracle.py` wrote the file).
@Suite struct ExampleZoneTests {
    let parser = PhoneNumberParser()

    /// E.164 to the zones libphonenumber answers; none where it answers `Etc/Unknown`.
    static let oracle: [String: [String]] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/example-zones.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        var answers: [String: [String]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let zones = fields[1].split(separator: "&").map(String.init)
            answers[String(fields[0])] = zones == ["Etc/Unknown"] ? [] : zones
        }
        return answers
    }()

    /// Where the metadata Leadline ships (July 2026) is newer than the `phonenumbers` release that
    /// wrote the oracle: that release knows none of these numbers' types, or, for Chile, lists
    /// Santiago alone where the newer map adds Easter Island.
    static let newerMetadata: Set<String> = ["+22981123456", "+22985751234", "+2631312345", "+56441234567", "+566001234567", "+56800123456"]

    @Test func everyExampleRingsInTheZonesLibphonenumberAnswers() {
        #expect(Self.oracle.count > 1000)
        var failures: [String] = []
        for (e164, expected) in Self.oracle.sorted(by: { $0.key < $1.key }) where !Self.newerMetadata.contains(e164) {
            let parsed = parser.parse(e164)
            let zones = PhoneTables.shipped.timeZones(ofE164: e164, type: parsed.type)
            if zones.sorted() != expected.sorted() { failures.append("\(e164) \(parsed.type.rawValue): \(zones) not \(expected)") }
        }
        #expect(failures.isEmpty, "\(failures.count) differ: \(failures.prefix(20))")
    }

    @Test func aMobileOutsideTheGeographicCountriesMayBeAnywhereInItsCountry() {
        let australian = parser.parse("0412 345 678", defaultRegion: "AU")
        #expect(australian.type == .mobile)
        let zones = PhoneTables.shipped.timeZones(ofE164: australian.e164!, type: australian.type)
        #expect(zones.contains("Australia/Perth") && zones.contains("Australia/Sydney"))
        let british = parser.parse("07400 123456", defaultRegion: "GB")
        #expect(british.type == .mobile)
        #expect(PhoneTables.shipped.timeZones(ofE164: british.e164!, type: british.type).contains("Europe/Jersey"))
        // A Brazilian mobile is tied to its area, as libphonenumber holds.
        let brazilian = parser.parse("+55 11 91234-5678")
        #expect(brazilian.type == .mobile)
        #expect(PhoneTables.shipped.timeZones(ofE164: brazilian.e164!, type: brazilian.type) == ["America/Sao_Paulo"])
        #expect(PhoneTables.shipped.timeZones(ofE164: "+61298765432", type: .unknown).isEmpty)
    }
}
