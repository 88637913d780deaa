import Foundation
import LeadlineCore
import LeadlineTestSupport
import LeadlineStore

/// Loads a list and times the first page of partial searches on it.
struct SearchBenchmark {
    let store: Store
    let engine: Engine
    let contacts: Int
    let runs: Int

    func run() async throws {
        let (tenant, _, samples) = try await BenchList.load(contacts, engine: engine, into: store)

        var picker = LeadGenerator(seed: 7)
        func sample() -> ContactContent { samples[picker.below(samples.count)] }
        func digits(of content: ContactContent, length: Int) -> String {
            let number = String(content.phones[0].e164.dropFirst())
            let start = picker.below(number.count - length + 1)
            return String(number.dropFirst(start).prefix(length))
        }
        let kinds: [(String, () -> ContactSearch)] = [
            ("phone, 7 digits (few matches)", { ContactSearch(phoneDigits: digits(of: sample(), length: 7)) }),
            ("phone, 4 digits (many matches)", { ContactSearch(phoneDigits: digits(of: sample(), length: 4)) }),
            ("phone, no match", { ContactSearch(phoneDigits: "0000000000") }),
            ("name, common part (\"smith\")", { ContactSearch(name: "smith") }),
            ("name, first and last (few matches)", {
                let contact = sample()
                return ContactSearch(name: "\(contact.firstName!) \(contact.lastName!)".lowercased())
            }),
            ("name, rare surname part", { ContactSearch(name: ["ughs", "zybyl", "anill", "hoeve"][picker.below(4)]) }),
            ("name, no match", { ContactSearch(name: "qqqzzz") }),
        ]
        for (label, make) in kinds {
            _ = try await store.contacts.search(make(), tenantID: tenant.id)
            var times: [Double] = []
            var found = 0
            for _ in 0..<runs {
                let search = make()
                let start = ContinuousClock.now
                let page = try await store.contacts.search(search, tenantID: tenant.id)
                times.append((ContinuousClock.now - start).seconds * 1000)
                found += page.items.count
            }
            times.sort()
            report("\(engine.rawValue) | \(label) | p50 \(format(times[times.count / 2])) ms | p95 \(format(times[times.count * 95 / 100])) ms | max \(format(times.last!)) ms | avg rows \(found / runs)")
        }
    }

    private func report(_ line: String) { BenchList.report(line) }

    private func format(_ value: Double) -> String { BenchList.format(value) }
}

