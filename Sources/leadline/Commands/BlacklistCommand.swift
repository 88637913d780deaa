import ArgumentParser
import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore

struct BlacklistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blacklist",
        abstract: "The do-not-contact list: add, remove, search, check, import and export entries.",
        discussion: "An entry's URI is a number (+14155550100), a prefix (+1415*), an address (ann@example.com) or a domain (@example.com).",
        subcommands: [Add.self, Remove.self, Search.self, Check.self, Import.self, Export.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an entry, or replace the name, reason and expiry of one for the same URI and medium.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Argument(help: "The number, prefix, address or domain.") var uri: String
        @Option(help: "voice, sms, email or any.") var medium: String = "any"
        @Option(help: "A name for the entry.") var name: String?
        @Option(help: "Why the entry is there.") var reason: String?
        @Option(help: "When it stops applying: a date or an RFC 3339 time.") var expires: String?
        @Option(help: "The region of a number written without +.") var region: String?

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    let (saved, created) = try await BlacklistEntries.add(
                        uri: uri, medium: medium, name: name, reason: reason, expires: expires, region: region, tenantID: tenant.id, actor: "cli",
                        store: store)
                    print("\(created ? "added" : "replaced") entry \(saved.id): \(saved.uri) \(saved.medium.rawValue)")
                }
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an entry by its id.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Argument(help: "The entry's id.") var id: Int64

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    try await store.blacklist.remove(id: id, tenantID: try await owner.resolve(in: store).id)
                    print("removed entry \(id)")
                }
            }
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List entries whose URI or name contains the text (all without it): id, URI, medium, name, reason, expiry.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Argument(help: "Part of a URI or name.") var text: String?

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    var cursor: Cursor?
                    repeat {
                        let page = try await store.blacklist.search(text, tenantID: tenant.id, page: PageRequest(limit: PageRequest.maximumLimit, after: cursor))
                        for entry in page.items {
                            print([String(entry.id), entry.uri.description, entry.medium.rawValue, entry.name, entry.reason,
                                   entry.expiresAt.map(Timestamp.format) ?? ""].joined(separator: "\t"))
                        }
                        cursor = page.nextCursor
                    } while cursor != nil
                }
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Tell whether a number or an address may be contacted; exits 1 when it is listed.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Argument(help: "A number (with + or --region) or an email address.") var value: String
        @Option(help: "voice, sms, email or any.") var medium: String = "any"
        @Option(help: "The region of a number written without +.") var region: String?

        func run() async throws {
            guard let channel = BlacklistMedium(rawValue: medium) else { throw ValidationError("--medium must be one of voice, sms, email, any") }
            let listed = try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    let asked: BlacklistCheck.Value = value.contains("@") ? .email(value) : .number(value, region: region)
                    let answer = try await BlacklistCheck.check(asked, channel: channel, tenantID: tenant.id, store: store, at: Date())
                    guard let entry = answer.entry else {
                        let elsewhere = answer.blockedOn.isEmpty ? "" : " (blocked for \(answer.blockedOn.map(\.rawValue).joined(separator: ", ")))"
                        print("\(answer.checked): not listed for \(channel.rawValue)\(elsewhere)")
                        return false
                    }
                    print("\(answer.checked): listed by entry \(entry.id) \(entry.uri) for \(entry.covers.map(\.rawValue).joined(separator: ", ")) \(entry.name) \(entry.reason)")
                    return true
                }
            }
            if listed { throw ExitCode(1) }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add the entries of a CSV file: a column uri (or number, phone, email), and optionally medium, name, reason, expires.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "The region of numbers written without +.") var region: String?

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    let start = ContinuousClock.now
                    let outcome = try await BlacklistFile.importEntries(path: file, region: region, tenantID: tenant.id, actor: "cli", store: store)
                    let seconds = (ContinuousClock.now - start).seconds
                    print("read \(outcome.read), added \(outcome.added), replaced \(outcome.replaced), rejected \(outcome.rejected) in \(String(format: "%.1f", seconds)) s")
                    for reject in outcome.rejects.prefix(20) { print("  line \(reject.line): \(reject.reason)") }
                    if outcome.rejected > 20 { print("  and \(outcome.rejected - 20) more rejected rows") }
                }
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write every entry as CSV to a file or standard output.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var owner: TenantOption
        @Option(help: "The file to write (default: standard output).") var out: String?

        func run() async throws {
            try await store.withStore { store in
                try await CommandErrors.explained {
                    let tenant = try await owner.resolve(in: store)
                    let handle = try OutputFile.open(out)
                    let written = try await BlacklistFile.exportEntries(tenantID: tenant.id, store: store, emit: { bytes in
                        try handle.write(contentsOf: bytes)
                        bytes.removeAll(keepingCapacity: true)
                    })
                    if let out {
                        try handle.close()
                        print("exported \(written) entries to \(out)")
                    }
                }
            }
        }
    }
}
