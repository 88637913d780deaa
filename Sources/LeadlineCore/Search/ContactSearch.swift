import Foundation

/// What a person looks for among contacts. Text criteria match anywhere inside the value; a
/// name matches word by word, in any order (see `SearchText`).
public struct ContactSearch: Sendable, Equatable {
    /// Substring search needs three characters: the trigram index serves nothing shorter. A
    /// name's word of two is looked for at the start of a word, a space and two letters.
    public static let minimumTextLength = 3
    public static let maximumTextLength = 100

    /// One list, or nil for every list the tenant can see.
    public var listID: Int64?
    /// What the name must hold, each of them: folded words, a short one after a space.
    public var nameTerms: [String]
    /// Part of any phone number, digits only.
    public var phoneDigits: String?
    /// Part of any email address, lowercased.
    public var email: String?
    public var status: ContactStatus?
    /// Custom values that must be equal, in stored form.
    public var custom: [CustomCriterion]
    /// Any further conditions, checked against the searched lists' fields.
    public var filter: CheckedFilter?
    public var page: PageRequest

    public init(
        listID: Int64? = nil, name: String? = nil, phoneDigits: String? = nil, email: String? = nil,
        status: ContactStatus? = nil, custom: [CustomCriterion] = [], filter: CheckedFilter? = nil, page: PageRequest = PageRequest()
    ) {
        self.listID = listID
        self.nameTerms = name.flatMap(SearchText.nameTerms) ?? []
        self.phoneDigits = phoneDigits
        self.email = email
        self.status = status
        self.custom = custom
        self.filter = filter
        self.page = page
    }

    public struct CustomCriterion: Sendable, Equatable {
        public var field: String
        public var value: JSONValue

        public init(field: String, value: JSONValue) {
            self.field = field
            self.value = value
        }
    }

    /// Builds a search from text as it arrives in a query string.
    ///
    /// - Parameter fields: the schema that types custom criteria: the list's when one list is
    ///   searched, the tenant's catalog otherwise.
    public static func parse(
        listID: Int64?, name: String?, phone: String?, email: String?, status: String?,
        custom: [(field: String, value: String)], filter: String? = nil, fields: [FieldDefinition], now: Date = Date(), page: PageRequest
    ) throws(ValidationFailure) -> ContactSearch {
        var issues = IssueCollector()
        var search = ContactSearch(listID: listID, page: page)
        if let name {
            let trimmed = name.trimmingWhitespace
            if trimmed.count > maximumTextLength {
                issues.add("name", "must be at most \(maximumTextLength) characters")
            } else if let terms = SearchText.nameTerms(trimmed) {
                search.nameTerms = terms
            } else {
                issues.add("name", "must hold a word of at least 2 letters, or 3 characters, for a partial search")
            }
        }
        if let phone = substring(phone, field: "phone", &issues) {
            let digits = String(phone.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
            if digits.count < minimumTextLength {
                issues.add("phone", "must hold at least \(minimumTextLength) digits")
            } else if phone.unicodeScalars.contains(where: { !("0"..."9").contains($0) && !" +-.()".unicodeScalars.contains($0) }) {
                issues.add("phone", "may hold only digits, spaces, +, -, . and parentheses")
            }
            search.phoneDigits = digits
        }
        search.email = substring(email, field: "email", &issues)?.lowercased()
        if let status {
            do { search.status = try ContactStatus.parse(status) } catch { issues = issues.merging(error) }
        }
        for criterion in custom {
            let key = "field.\(criterion.field.prefix(64))"
            guard let field = fields.first(where: { $0.name == criterion.field }) else {
                issues.add(key, "is not a custom field")
                continue
            }
            guard criterion.value.count <= 1000 else {
                issues.add(key, "must be at most 1000 characters")
                continue
            }
            switch field.normalize(text: criterion.value) {
            case .success(let value): search.custom.append(CustomCriterion(field: field.name, value: value))
            case .failure(let reason): issues.add(key, reason.description)
            }
        }
        if let filter {
            do { search.filter = try FilterCheck.check(try FilterText.parse(filter), fields: fields, now: now) } catch { issues = issues.merging(error) }
        }
        try issues.check()
        return search
    }

    private static func substring(_ text: String?, field: String, _ issues: inout IssueCollector) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingWhitespace
        if trimmed.count < minimumTextLength {
            issues.add(field, "must be at least \(minimumTextLength) characters for a partial search")
        } else if trimmed.count > maximumTextLength {
            issues.add(field, "must be at most \(maximumTextLength) characters")
        }
        return trimmed
    }
}
