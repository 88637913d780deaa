import Foundation
import LeadlineCSV
import LeadlineCore
import LeadlineStore
import Logging

/// Runs one import process: reads its file in batches, applies each batch in its own
/// transaction while the next one is read, then the update rule, and ends the process with its
/// counts. A plain function of its inputs, so tests run it directly.
public enum ImportJob {
    /// Rows per transaction: large enough to amortize a commit, small enough that a cancel is quick.
    public static let batchSize = 2000

    public static func run(
        _ claimed: ClaimedProcess, store: Store, files: ProcessFiles, inflation: InflationLimit = InflationLimit(), logger: Logger
    ) async {
        let process = claimed.process
        guard case .import(let settings) = process.settings, let path = claimed.inputPath else {
            try? await store.processes.finish(id: process.id, state: .failed, details: "the process has no file to import", counts: nil, resultPath: nil)
            return
        }
        var rejects: RejectsFile?
        do {
            let outcome = try await importFile(
                process: process, path: path, settings: settings, inflation: inflation, store: store, files: files) { rejects = $0 }
            let hasRejects = try rejects?.close() ?? false
            try await store.processes.finish(
                id: process.id, state: outcome.state, details: outcome.details, counts: nil, resultPath: hasRejects ? rejects?.path : nil)
        } catch {
            let hasRejects = (try? rejects?.close()) ?? false
            logger.error("import process \(process.id) failed: \(error)")
            try? await store.processes.finish(
                id: process.id, state: .failed, details: Self.explain(error), counts: nil, resultPath: hasRejects ? rejects?.path : nil)
        }
    }

    private static func importFile(
        process: ListProcess, path: String, settings: ImportSettings, inflation: InflationLimit, store: Store, files: ProcessFiles,
        opened: (RejectsFile) -> Void
    ) async throws -> (state: ProcessState, details: String) {
        try settings.rules.check()
        var reader = try await ImportFileReader.open(
            path: path, settings: settings, listID: process.listID, tenantID: process.tenantID, inflation: inflation, store: store)
        let created = settings.createFields ? try await ImportFields.create(for: &reader, tenantID: process.tenantID, store: store) : []
        let list = reader.list
        let rejects = RejectsFile(path: files.rejectsPath(processID: process.id), header: reader.header)
        opened(rejects)
        let rules = settings.rules
        let actor = "import \(process.id) by \(process.actor)"
        var start = try await store.imports.begin(processID: process.id, listID: list.id, tenantID: process.tenantID, rules: rules)
        // The rows are planned with the region this import reads national numbers in, whether the list names it or not.
        start.list.settings.defaultRegion = list.settings.defaultRegion
        if reader.mapping.targets.contains(.callbackAt) {
            start.callbackCampaign = try await callbackCampaign(settings.callbackCampaignId, listID: list.id, tenantID: process.tenantID, store: store)
        }
        // The next batch is read and checked while the store writes the previous one. Each batch's
        // rejected rows reach the file before its counts commit, so a crash leaves them agreeing.
        var writing: Task<ImportPlan.CallbackTally, any Error>?
        var callbacks = ImportPlan.CallbackTally()
        do {
            while let (batch, cells) = try reader.nextBatch(size: batchSize, reject: rejects.reject) {
                callbacks = callbacks + (try await writing?.value ?? ImportPlan.CallbackTally())
                writing = nil
                if try await store.processes.checkIn(id: process.id, at: Date()) {
                    return (.cancelled, "cancelled while running; the counts are what was committed, and the list is consistent")
                }
                writing = Task {
                    try await store.imports.apply(batch, processID: process.id, start: start, rules: rules, actor: actor) { plan in
                        try rejects.record(plan.rejected, cells: cells)
                    }.callbacks
                }
            }
            callbacks = callbacks + (try await writing?.value ?? ImportPlan.CallbackTally())
        } catch {
            // The batch being written lands or not on its own; the process ends only after it.
            _ = try? await writing?.value
            throw error
        }
        if rules.updateRule != .doNothing {
            var after: Int64 = 0
            while let last = try await store.imports.applyUpdateRule(
                processID: process.id, start: start, rule: rules.updateRule, after: after, limit: batchSize, actor: actor)
            {
                after = last
                if try await store.processes.checkIn(id: process.id, at: Date()) {
                    return (.cancelled, "cancelled while applying the update rule; the counts are what was committed, and the list is consistent")
                }
            }
        }
        var details = details(of: reader, created: created)
        if let campaign = start.callbackCampaign {
            details += "; \(callbacks.scheduled) callbacks scheduled in campaign \(campaign.id)"
            if callbacks.refused > 0 { details += ", \(callbacks.refused) refused by its callback limit" }
            if callbacks.unmatched > 0 { details += ", \(callbacks.unmatched) for rows the list's dedup key does not find" }
        }
        if settings.churnJobs {
            let churns = try await Churn.startAll(listID: list.id, tenantID: process.tenantID, actor: actor, store: store, now: Date())
            details += churns.isEmpty
                ? "; no running job uses the list, so none churns"
                : "; churn started in process " + churns.map { String($0.id) }.joined(separator: ", ")
        }
        return (.finished, details)
    }

    /// The campaign a file's `callback_at` column schedules in: the one named, which must work
    /// the list, or else the only campaign that does.
    private static func callbackCampaign(
        _ named: Int64?, listID: Int64, tenantID: Int64, store: Store
    ) async throws -> (id: Int64, settings: CallbackSettings) {
        let using = try await store.campaigns.using(listID: listID, tenantID: tenantID)
        if let named {
            guard let campaign = using.first(where: { $0.id == named }) else {
                throw ValidationFailure(field: "callbackCampaignId", reason: "campaign \(named) does not work list \(listID)")
            }
            return (campaign.id, campaign.definition.callbacks)
        }
        guard using.count == 1 else {
            throw ValidationFailure(
                field: "callbackCampaignId",
                reason: using.isEmpty ? "the file has a callback_at column, but no campaign works list \(listID)"
                    : "the file has a callback_at column and \(using.count) campaigns work list \(listID); name one")
        }
        return (using[0].id, using[0].definition.callbacks)
    }

    /// How the file was read and what a person should know of it, in sentences.
    static func details(of reader: ImportFileReader, created: [FieldDefinition]) -> String {
        let separator = CSVDialect.name(of: reader.dialect.separator)
        var sentences = ["read as \(reader.dialect.encoding.rawValue), separator '\(separator)', \(reader.dialect.hasHeader ? "with" : "without") a header"]
        if reader.mapping.targets.contains(where: { if case .phone = $0 { true } else { false } }) { sentences.append(reader.region.description) }
        if !created.isEmpty { sentences.append("fields added to the list: " + created.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", ")) }
        let unmapped = reader.unmappedColumns
        if !unmapped.isEmpty {
            sentences.append("columns not imported, for no part of the list is named so: " + unmapped.map { "'\($0.prefix(64))'" }.joined(separator: ", ")
                + "; import with createFields to add them as fields")
        }
        if let warning = reader.regionWarning { sentences.append(warning) }
        return sentences.joined(separator: "; ")
    }

    /// What a person reads on a failed process.
    public static func explain(_ error: any Error) -> String {
        switch error {
        case let failure as ValidationFailure: failure.issues.map { "\($0.field): \($0.reason)" }.joined(separator: "; ")
        case let csv as CSVError: csv.description
        case let domain as DomainError: domain.description
        default: "the import stopped: \(error)"
        }
    }
}
