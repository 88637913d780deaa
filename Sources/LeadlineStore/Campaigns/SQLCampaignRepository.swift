import Foundation
import LeadlineCore
import SQLKit

struct SQLCampaignRepository: CampaignRepository {
    let database: Database
    let clock: @Sendable () -> Date

    private static let columns = """
        id, tenant_id, name, channel, strategy_id, filter, ordering, allowed_codes, finish, schedule, callback_settings, gateway_id, enabled, version,
        created_at, updated_at
        """

    func create(_ definition: CampaignDefinition, nextRunAt: Date?, tenantID: Int64) async throws -> Campaign {
        let now = Millis.from(clock())
        let parts = try Self.parts(definition)
        return try await Self.uniqueName(definition.name) {
            try await database.write { sql in
                let row = try await sql.raw("""
                    INSERT INTO campaigns (tenant_id, name, channel, strategy_id, filter, ordering, allowed_codes, finish, schedule, callback_settings,
                        gateway_id, next_run_at, enabled, version, created_at, updated_at)
                    VALUES (\(bind: tenantID), \(bind: definition.name), \(bind: definition.channel.rawValue), \(bind: definition.strategyID),
                        \(bind: parts.filter), \(bind: parts.ordering), \(bind: parts.codes), \(bind: parts.finish), \(bind: parts.schedule),
                        \(bind: parts.callbacks), \(bind: definition.gatewayID),
                        \(bind: nextRunAt.map(Millis.from)), \(bind: definition.enabled), 1, \(bind: now), \(bind: now))
                    RETURNING id
                    """).first()!
                let id = try row.decode(column: "id", as: Int64.self)
                try await Self.link(lists: definition.listIDs, campaignID: id, on: sql)
                return try await Self.find(id: id, tenantID: tenantID, on: sql)!
            }
        }
    }

    func find(id: Int64, tenantID: Int64) async throws -> Campaign? {
        try await database.read { sql in try await Self.find(id: id, tenantID: tenantID, on: sql) }
    }

    static func find(id: Int64, tenantID: Int64, on sql: any SQLDatabase) async throws -> Campaign? {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: columns) FROM campaigns WHERE id = \(bind: id) AND tenant_id = \(bind: tenantID)").first() else {
            return nil
        }
        return try campaign(row, lists: try await lists(of: [id], on: sql)[id] ?? [])
    }

    func list(tenantID: Int64, page: PageRequest) async throws -> Page<Campaign> {
        try await database.read { sql in
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM campaigns WHERE tenant_id = \(bind: tenantID) AND id > \(bind: page.after?.lastID ?? 0)
                ORDER BY id LIMIT \(bind: page.limit + 1)
                """).all()
            let kept = Array(rows.prefix(page.limit))
            let lists = try await Self.lists(of: try kept.map { try $0.decode(column: "id", as: Int64.self) }, on: sql)
            let items = try kept.map { row in try Self.campaign(row, lists: lists[try row.decode(column: "id", as: Int64.self)] ?? []) }
            return Page(items: items, nextCursor: rows.count > page.limit ? items.last.map { Cursor(lastID: $0.id) } : nil)
        }
    }

    func update(id: Int64, tenantID: Int64, expectedVersion: Int?, _ definition: CampaignDefinition, nextRunAt: Date?) async throws -> Campaign {
        let now = Millis.from(clock())
        let parts = try Self.parts(definition)
        return try await Self.uniqueName(definition.name) {
            try await database.write { sql in
                guard let current = try await Self.find(id: id, tenantID: tenantID, on: sql) else { throw DomainError.notFound("campaign \(id) does not exist") }
                try Versioning.check(expectedVersion, current: current.version)
                if Set(current.definition.listIDs) != Set(definition.listIDs), try await Self.activeJob(campaignID: id, on: sql) != nil {
                    throw DomainError.conflict(field: "lists", reason: "a job of the campaign is active; assign or unassign lists through /campaigns/\(id)/lists")
                }
                let row = try await sql.raw("""
                    UPDATE campaigns SET name = \(bind: definition.name), channel = \(bind: definition.channel.rawValue),
                        strategy_id = \(bind: definition.strategyID), filter = \(bind: parts.filter), ordering = \(bind: parts.ordering),
                        allowed_codes = \(bind: parts.codes), finish = \(bind: parts.finish), schedule = \(bind: parts.schedule),
                        callback_settings = \(bind: parts.callbacks), gateway_id = \(bind: definition.gatewayID),
                        next_run_at = \(bind: nextRunAt.map(Millis.from)), enabled = \(bind: definition.enabled),
                        version = version + 1, updated_at = \(bind: now)
                    WHERE id = \(bind: id) AND version = \(bind: current.version) RETURNING id
                    """).first()
                try await Versioning.requireWritten(row, table: "campaigns", id: id, on: sql)
                try await sql.raw("DELETE FROM campaign_lists WHERE campaign_id = \(bind: id)").run()
                try await Self.link(lists: definition.listIDs, campaignID: id, on: sql)
                return try await Self.find(id: id, tenantID: tenantID, on: sql)!
            }
        }
    }

    func delete(id: Int64, tenantID: Int64) async throws {
        try await database.write { sql in
            guard try await Self.find(id: id, tenantID: tenantID, on: sql) != nil else { throw DomainError.notFound("campaign \(id) does not exist") }
            if let job = try await Self.activeJob(campaignID: id, on: sql) {
                throw DomainError.conflict(field: nil, reason: "job \(job) of the campaign is active; stop it first")
            }
            try await sql.raw("DELETE FROM attempts WHERE campaign_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM jobs WHERE campaign_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM campaigns WHERE id = \(bind: id)").run()
        }
    }

    func assign(lists: [Int64], campaignID: Int64, tenantID: Int64) async throws -> Campaign {
        try await database.write { sql in
            guard let current = try await Self.find(id: campaignID, tenantID: tenantID, on: sql) else {
                throw DomainError.notFound("campaign \(campaignID) does not exist")
            }
            try await Self.link(lists: lists.filter { !current.definition.listIDs.contains($0) }, campaignID: campaignID, on: sql)
            try await Self.bump(campaignID, at: Millis.from(clock()), on: sql)
            return try await Self.find(id: campaignID, tenantID: tenantID, on: sql)!
        }
    }

    func unassign(lists: [Int64], campaignID: Int64, tenantID: Int64) async throws -> (Campaign, UnassignReport) {
        let now = Millis.from(clock())
        return try await database.write { sql in
            guard let current = try await Self.find(id: campaignID, tenantID: tenantID, on: sql) else {
                throw DomainError.notFound("campaign \(campaignID) does not exist")
            }
            let leaving = lists.filter(current.definition.listIDs.contains)
            guard !leaving.isEmpty else { return (current, UnassignReport()) }
            if leaving.count == current.definition.listIDs.count {
                throw ValidationFailure(field: "lists", reason: "a campaign keeps at least one list; delete the campaign instead")
            }
            var report = UnassignReport()
            if let job = try await Self.activeJob(campaignID: campaignID, on: sql) {
                report = try await JobContacts.end(lists: leaving, jobID: job, at: now, on: sql)
            }
            try await sql.raw("DELETE FROM campaign_lists WHERE campaign_id = \(bind: campaignID) AND list_id IN (\(binds: leaving))").run()
            try await Self.bump(campaignID, at: now, on: sql)
            return (try await Self.find(id: campaignID, tenantID: tenantID, on: sql)!, report)
        }
    }

    func using(listID: Int64, tenantID: Int64) async throws -> [Campaign] {
        try await database.read { sql in
            let ids = try await sql.raw("""
                SELECT c.id FROM campaign_lists cl JOIN campaigns c ON c.id = cl.campaign_id
                WHERE cl.list_id = \(bind: listID) AND c.tenant_id = \(bind: tenantID) ORDER BY c.id
                """).all().map { try $0.decode(column: "id", as: Int64.self) }
            var found: [Campaign] = []
            for id in ids { if let campaign = try await Self.find(id: id, tenantID: tenantID, on: sql) { found.append(campaign) } }
            return found
        }
    }

    func due(at now: Date) async throws -> [Campaign] {
        try await database.read { sql in
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM campaigns WHERE next_run_at <= \(bind: Millis.from(now)) AND enabled = \(bind: true) ORDER BY id
                """).all()
            let lists = try await Self.lists(of: try rows.map { try $0.decode(column: "id", as: Int64.self) }, on: sql)
            return try rows.map { row in try Self.campaign(row, lists: lists[try row.decode(column: "id", as: Int64.self)] ?? []) }
        }
    }

    func setNextRun(_ date: Date?, campaignID: Int64) async throws {
        try await database.write { sql in
            try await sql.raw("UPDATE campaigns SET next_run_at = \(bind: date.map(Millis.from)) WHERE id = \(bind: campaignID)").run()
        }
    }

    // MARK: - Pieces

    static func activeJob(campaignID: Int64, on sql: any SQLDatabase) async throws -> Int64? {
        try await sql.raw("""
            SELECT id FROM jobs WHERE campaign_id = \(bind: campaignID) AND state IN ('scheduled', 'running', 'stopping')
            """).first().map { try $0.decode(column: "id", as: Int64.self) }
    }

    private static func link(lists: [Int64], campaignID: Int64, on sql: any SQLDatabase) async throws {
        for list in Set(lists).sorted() {
            try await sql.raw("INSERT INTO campaign_lists (campaign_id, list_id) VALUES (\(bind: campaignID), \(bind: list))").run()
        }
    }

    private static func bump(_ campaignID: Int64, at now: Int64, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE campaigns SET version = version + 1, updated_at = \(bind: now) WHERE id = \(bind: campaignID)").run()
    }

    private static func lists(of campaigns: [Int64], on sql: any SQLDatabase) async throws -> [Int64: [Int64]] {
        guard !campaigns.isEmpty else { return [:] }
        var lists: [Int64: [Int64]] = [:]
        for row in try await sql.raw("""
            SELECT campaign_id, list_id FROM campaign_lists WHERE campaign_id IN (\(binds: campaigns)) ORDER BY campaign_id, list_id
            """).all() {
            lists[try row.decode(column: "campaign_id", as: Int64.self), default: []].append(try row.decode(column: "list_id", as: Int64.self))
        }
        return lists
    }

    private struct Parts {
        var filter: String
        var ordering: String
        var codes: String
        var finish: String
        var schedule: String?
        var callbacks: String
    }

    private static func parts(_ definition: CampaignDefinition) throws -> Parts {
        Parts(
            filter: try JSONText.encode(CampaignDocuments.filter(definition.filter)),
            ordering: try JSONText.encode(CampaignDocuments.ordering(definition.ordering)),
            codes: try JSONText.encode(definition.allowedCodes), finish: try JSONText.encode(definition.finish),
            schedule: try definition.schedule.map(JSONText.encode), callbacks: try JSONText.encode(definition.callbacks))
    }

    private static func uniqueName<T: Sendable>(_ name: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch where StoreError.isUniqueViolation(error) {
            throw DomainError.conflict(field: "name", reason: "a campaign named '\(name.prefix(100))' exists already")
        }
    }

    private static func campaign(_ row: any SQLRow, lists: [Int64]) throws -> Campaign {
        let definition = CampaignDefinition(
            name: try row.decode(column: "name", as: String.self),
            channel: Channel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .voice,
            strategyID: try row.decode(column: "strategy_id", as: Int64.self), listIDs: lists,
            filter: try CampaignDocuments.filter(try JSONText.decode(JSONValue.self, try row.decode(column: "filter", as: String.self))),
            ordering: CampaignDocuments.ordering(try JSONText.decode(JSONValue.self, try row.decode(column: "ordering", as: String.self))),
            allowedCodes: try JSONText.decode([String].self, try row.decode(column: "allowed_codes", as: String.self)),
            finish: try JSONText.decode(FinishCriteria.self, try row.decode(column: "finish", as: String.self)),
            schedule: try row.decode(column: "schedule", as: String?.self).map { try JSONText.decode(ScheduleInput.self, $0) },
            callbacks: try Self.callbackSettings(row),
            gatewayID: try row.decode(column: "gateway_id", as: Int64?.self),
            enabled: try row.decode(column: "enabled", as: Bool.self))
        return Campaign(
            id: try row.decode(column: "id", as: Int64.self), tenantID: try row.decode(column: "tenant_id", as: Int64.self),
            definition: definition, version: try row.decode(column: "version", as: Int.self),
            createdAt: Millis.date(try row.decode(column: "created_at", as: Int64.self)),
            updatedAt: Millis.date(try row.decode(column: "updated_at", as: Int64.self)))
    }

    /// A campaign's callback thresholds; a campaign from before they were kept has the defaults.
    static func callbackSettings(_ row: any SQLRow) throws -> CallbackSettings {
        try row.decode(column: "callback_settings", as: String?.self).map { try JSONText.decode(CallbackSettings.self, $0) } ?? CallbackSettings()
    }
}
