import Foundation
import Hummingbird
import LeadlineCore

/// An import's settings from the query string of an upload, where the body is the file itself:
/// `?separator=;&mergeRule=replace&mapping={"Tel":"phone1"}`.
struct ImportQuery {
    static let keys: Set<String> = [
        "separator", "hasHeader", "header", "encoding", "template", "mapping", "createFields", "churnJobs", "callbackCampaignId", "emptyCells", "importRule", "updateRule", "mergeRule", "duplicates",
        "emptyListFirst", "emptyFilter", "updateOtherLists", "moveFromOtherLists", "resetReuploaded", "blacklist", "scheduledAt", "fileName",
    ]

    var settings: ImportSettings
    var scheduledAt: Date?
    var fileName: String?

    init(_ query: [String: String]) throws {
        var issues = IssueCollector()
        for key in query.keys where !Self.keys.contains(key) {
            issues.add(String(key.prefix(64)), "is not an import setting; known: \(Self.keys.sorted().joined(separator: ", "))")
        }
        func flag(_ key: String) -> Bool? {
            guard let text = query[key] else { return nil }
            guard let value = parseFlag(text) else {
                issues.add(key, "must be true or false")
                return nil
            }
            return value
        }
        func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T? where T.RawValue == String {
            guard let text = query[key] else { return nil }
            guard let value = T(rawValue: text) else {
                issues.add(key, "'\(text.prefix(40))' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return value
        }
        var rules = ImportRules()
        if let value = choice("importRule", ImportRules.ImportRule.self) { rules.importRule = value }
        if let value = choice("updateRule", ImportRules.UpdateRule.self) { rules.updateRule = value }
        if let value = choice("mergeRule", ImportRules.MergeRule.self) { rules.mergeRule = value }
        if let value = choice("duplicates", ImportRules.DuplicateWinner.self) { rules.duplicates = value }
        if let value = flag("emptyListFirst") { rules.emptyListFirst = value }
        rules.emptyFilter = query["emptyFilter"].map(JSONValue.string)
        if let value = flag("updateOtherLists") { rules.updateOtherLists = value }
        if let value = flag("moveFromOtherLists") { rules.moveFromOtherLists = value }
        if let value = flag("resetReuploaded") { rules.resetReuploaded = value }
        if let value = choice("blacklist", ImportRules.BlacklistRule.self) { rules.blacklist = value }
        if let value = choice("emptyCells", ImportRules.EmptyCells.self) { rules.emptyCells = value }
        var mapping: [String: String]?
        if let text = query["mapping"] {
            mapping = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))
            if mapping == nil { issues.add("mapping", "must be a JSON object of column name to target, such as {\"Tel\":\"phone1\"}") }
        }
        if let text = query["scheduledAt"] {
            scheduledAt = Timestamp.parse(text)
            if scheduledAt == nil { issues.add("scheduledAt", "must be an RFC 3339 time such as 2026-12-01T08:00:00Z") }
        }
        fileName = query["fileName"].map { String($0.prefix(200)) }
        var callbackCampaign: Int64?
        if let text = query["callbackCampaignId"] {
            callbackCampaign = Int64(text).flatMap { $0 > 0 ? $0 : nil }
            if callbackCampaign == nil { issues.add("callbackCampaignId", "must be a campaign id") }
        }
        settings = ImportSettings(
            separator: query["separator"], hasHeader: flag("hasHeader") ?? flag("header"), encoding: query["encoding"], mapping: mapping,
            template: query["template"], createFields: flag("createFields") ?? false,
            churnJobs: flag("churnJobs") ?? false, callbackCampaignId: callbackCampaign, rules: rules)
        do { try rules.check() } catch { for issue in error.issues { issues.add(issue.field, issue.reason) } }
        if !issues.issues.isEmpty { throw Problem.invalid(issues.issues) }
    }
}

extension Request {
    /// The query string as single values; a repeated key keeps its last value.
    var queryValues: [String: String] {
        var values: [String: String] = [:]
        for (key, value) in uri.queryParameters { values[String(key)] = String(value) }
        return values
    }
}
