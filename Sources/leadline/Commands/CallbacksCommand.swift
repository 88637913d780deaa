import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore

/// Seed 003's callback manager on a terminal.
struct CallbacksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callbacks",
        abstract: "Make, find, move, reassign and close callbacks.",
        subcommands: [List.self, Create.self, Move.self, Reassign.self, Close.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Callbacks by seed 003's filters: id, state, due time, campaign, contact, type, preference, agent, last agent, why it waits.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Option(help: "Only this campaign's, by id.") var campaign: Int64?
        @Option(help: "Every word found in the contact's name.") var contactName: String?
        @Option(help: "The next targeted agent.") var agent: String?
        @Option(help: "The last handling agent.") var lastAgent: String?
        @Option(help: "States, comma-separated: scheduled, due, delayed, expired, closed (default: the open ones).") var state: String = "scheduled,due,delayed"
        @Option(help: "Types, comma-separated (requested_from_agent, scheduled_by_user, …).") var type: String?

        func run() async throws {
            let states = try Self.values(state, CallbackState.self, "--state")
            let types = try type.map { try Self.values($0, CallbackType.self, "--type") } ?? []
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    let search = CallbackSearch(campaignID: campaign, contactName: contactName, lastAgent: lastAgent, targetAgent: agent, states: states, types: types)
                    var cursor: Cursor?
                    repeat {
                        let page = try await CallbackManager.search(
                            search, tenantID: tenant.id, page: PageRequest(limit: PageRequest.maximumLimit, after: cursor), store: store)
                        for callback in page.items { print(Self.line(callback)) }
                        cursor = page.nextCursor
                    } while cursor != nil
                }
            }
        }

        static func line(_ callback: Callback) -> String {
            let waiting = callback.waitReason.map { " waits: \($0.rawValue)" + (callback.waitUntil.map { " until \(Timestamp.format($0))" } ?? "") } ?? ""
            return "\(callback.id)\t\(callback.state.rawValue)\t\(Timestamp.format(callback.dueAt))\tcampaign \(callback.campaignID)\tcontact \(callback.contactID)\t"
                + "\(callback.type.rawValue)\t\(callback.preference.rawValue)\t\(callback.targetAgent ?? "-")\t\(callback.lastAgent ?? "-")" + waiting
        }

        static func values<T: RawRepresentable & CaseIterable>(_ text: String, _ type: T.Type, _ option: String) throws -> [T] where T.RawValue == String {
            try text.split(separator: ",").map { part in
                guard let value = T(rawValue: String(part)) else {
                    throw CommandFailure("\(option): '\(part)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return value
            }
        }
    }

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make a callback for a contact of one of the campaign's lists.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Option(help: "The campaign, by id.") var campaign: Int64
        @Option(help: "The contact, by id.") var contact: Int64
        @Option(help: "`now` or an RFC 3339 time.") var at: String
        @Option(help: "anyone, prefer_agent, only_agent or other_agent.") var preference: String = CallbackPreference.anyone.rawValue
        @Option(help: "The agent to deliver to.") var agent: String?
        @Option(help: "A note for whoever calls back.") var comment: String?

        func run() async throws {
            let now = Date()
            let due = try Move.time(at, "--at", now: now)
            guard let preference = CallbackPreference(rawValue: preference) else {
                throw CommandFailure("--preference must be one of \(CallbackPreference.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    let made = try await CallbackManager.schedule(
                        campaignID: campaign, contactID: contact, dueAt: due, options: CallbackOptions(preference: preference, agent: agent, comment: comment),
                        tenantID: tenant.id, actor: "cli", store: store, now: now)
                    print(List.line(made))
                }
            }
        }
    }

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a callback a new time, or now.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Argument(help: "The callback's id.") var id: Int64
        @Option(help: "`now` or an RFC 3339 time.") var to: String
        @Option(help: "The end of its window (default: the campaign's window after the new time).") var windowEnd: String?

        func run() async throws {
            let now = Date()
            let due = try Self.time(to, "--to", now: now)
            let end = try windowEnd.map { try Self.time($0, "--window-end", now: now) }
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    let moved = try await CallbackManager.move(id: id, to: due, windowEndAt: end, tenantID: tenant.id, actor: "cli", store: store, now: now)
                    print(List.line(moved))
                }
            }
        }

        static func time(_ text: String, _ option: String, now: Date) throws -> Date {
            guard let date = Timestamp.parse(text, now: now) else { throw CommandFailure("\(option) must be `now` or an RFC 3339 time such as 2026-12-01T15:00:00Z") }
            return date
        }
    }

    struct Reassign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give callbacks to an agent.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Argument(help: "The callbacks' ids.") var ids: [Int64]
        @Option(help: "The agent who takes them.") var agent: String

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    for callback in try await CallbackManager.reassign(ids: ids, to: agent, tenantID: tenant.id, store: store) { print(List.line(callback)) }
                }
            }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close callbacks by id, or every open one of a campaign (seed 003's close callback sessions).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Argument(help: "The callbacks' ids.") var ids: [Int64] = []
        @Option(help: "Close every open callback of this campaign, by id.") var campaign: Int64?

        func validate() throws {
            guard ids.isEmpty != (campaign == nil) else { throw ValidationError("give callback ids or --campaign, one of them") }
        }

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    if let campaign {
                        let closed = try await CallbackManager.closeAll(campaignID: campaign, tenantID: tenant.id, actor: "cli", store: store)
                        print("\(closed) callbacks of campaign \(campaign) closed")
                    } else {
                        for callback in try await CallbackManager.close(ids: ids, tenantID: tenant.id, actor: "cli", store: store) { print(List.line(callback)) }
                    }
                }
            }
        }
    }
}
