import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineTestSupport

/// Parses and normalizes a realistic mix of US, GB and DE numbers in the ways people write
/// them, on one thread, and reports numbers per second.
struct Phones: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Phone-number parsing throughput on one core.")

    @Option(help: "Numbers parsed in all.") var count: Int = 2_000_000

    func run() throws {
        var generator = LeadGenerator(seed: 42)
        let parser = PhoneNumberParser()
        // A list's region is looked up once, as an import does.
        let inputs = (0..<100_000).map { _ in Self.writtenNumber(&generator) }.map { (text: $0.text, region: parser.region($0.region)) }
        var valid = 0
        _ = parser.parse(inputs[0].text, in: inputs[0].region)
        let start = ContinuousClock.now
        for index in 0..<count {
            let input = inputs[index % inputs.count]
            if parser.parse(input.text, in: input.region).verdict == .valid { valid += 1 }
        }
        let seconds = (ContinuousClock.now - start).seconds
        print("parsed \(count) numbers in \(String(format: "%.2f", seconds)) s: \(Int(Double(count) / seconds)) numbers/s on one core; \(valid * 100 / count)% valid")
    }

    /// A number as a list owner's file might hold it, with the list's region.
    static func writtenNumber(_ generator: inout LeadGenerator) -> (text: String, region: String) {
        func d(_ count: Int) -> String { generator.digits(count) }
        switch generator.below(12) {
        case 0: return ("+1 (\(2 + generator.below(8))\(d(2))) \(2 + generator.below(8))\(d(2))-\(d(4))", "US")
        case 1: return ("\(2 + generator.below(8))\(d(2)).\(2 + generator.below(8))\(d(2)).\(d(4))", "US")
        case 2: return ("1-\(2 + generator.below(8))\(d(2))-\(2 + generator.below(8))\(d(2))-\(d(4))", "US")
        case 3: return ("(\(2 + generator.below(8))\(d(2))) \(2 + generator.below(8))\(d(2))-\(d(4)) ext. \(d(3))", "US")
        case 4: return ("020 7\(d(3)) \(d(4))", "GB")
        case 5: return ("+44 7\(["4", "5", "7", "8"][generator.below(4)])\(d(2)) \(d(6))", "GB")
        case 6: return ("0044 161 \(d(3)) \(d(4))", "GB")
        case 7: return ("07\(["4", "5", "7", "8"][generator.below(4)])\(d(2))\(d(6))", "GB")
        case 8: return ("030 \(d(7))", "DE")
        case 9: return ("+49 (\(["30", "89", "40"][generator.below(3)])) \(d(7))", "DE")
        case 10: return ("015\(["1", "2", "7"][generator.below(3)]) \(d(8))", "DE")
        default: return ("+49 17\(d(1)) \(d(7))", "DE")
        }
    }
}
