import Testing
@testable import LeadlineCore

@Suite struct ContactSearchTests {
    let fields = [FieldDefinition(name: "balance", type: .decimal), FieldDefinition(name: "vip", type: .boolean)]

    private func parse(name: String? = nil, phone: String? = nil, email: String? = nil, status: String? = nil,
                       custom: [(field: String, value: String)] = []) throws -> ContactSearch {
        try ContactSearch.parse(listID: nil, name: name, phone: phone, email: email, status: status, custom: custom, fields: fields, page: PageRequest())
    }

    @Test func textCriteriaAreNormalized() throws {
        let search = try parse(name: " SMI ", phone: "(555) 01-", email: "ACME.com", status: "callback", custom: [("balance", "10.5"), ("vip", "true")])
        #expect(search.nameTerms == ["smi"])
        #expect(try parse(name: "Zoë  O'Brien-Smith x").nameTerms == ["zoe", "obrien", "smith"], "folded words; single letters left out")
        #expect(try parse(name: "de la").nameTerms == [" de", " la"], "two letters look at the start of a word")
        #expect(search.phoneDigits == "55501")
        #expect(search.email == "acme.com")
        #expect(search.status == .callback)
        #expect(search.custom == [.init(field: "balance", value: .decimal(10.5)), .init(field: "vip", value: .bool(true))])
    }

    @Test func badCriteriaNameTheParameter() {
        let cases: [(() throws -> ContactSearch, String)] = [
            ({ try parse(name: "a") }, "name"),
            ({ try parse(name: String(repeating: "a", count: 101)) }, "name"),
            ({ try parse(phone: "+1-") }, "phone"),
            ({ try parse(phone: "555'; DROP TABLE contacts;--") }, "phone"),
            ({ try parse(status: "done") }, "status"),
            ({ try parse(custom: [("balance", "abc")]) }, "field.balance"),
            ({ try parse(custom: [("nope", "1")]) }, "field.nope"),
        ]
        for (attempt, field) in cases {
            #expect(performing: { _ = try attempt() }, throws: { ($0 as? ValidationFailure)?.issues.first?.field == field })
        }
    }

    @Test func pagesAreBounded() throws {
        #expect(throws: ValidationFailure.self) { try PageRequest.validated(limit: 0, cursor: nil) }
        #expect(throws: ValidationFailure.self) { try PageRequest.validated(limit: 1001, cursor: nil) }
        #expect(throws: ValidationFailure.self) { try PageRequest.validated(limit: 10, cursor: "'; --") }
        #expect(try PageRequest.validated(limit: 1000, cursor: Cursor(lastID: 99).token) == PageRequest(limit: 1000, after: Cursor(lastID: 99)))
    }

    @Test func cursorsRoundTrip() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            let id = Int64.random(in: 0 ... .max, using: &generator)
            #expect(Cursor(token: Cursor(lastID: id).token) == Cursor(lastID: id))
        }
        for id: Int64 in [0, 1, .max] { #expect(Cursor(token: Cursor(lastID: id).token) == Cursor(lastID: id)) }
        // What the OpenAPI pattern refuses, the reader refuses: no id past Int64, no other letters or case.
        for forged in ["c", "c8000000000000000", "cffffffffffffffff", "c00000000000000000", "C1", "c1A", "cg", "c-1", "abc"] {
            #expect(Cursor(token: forged) == nil, "\(forged)")
        }
    }
}
