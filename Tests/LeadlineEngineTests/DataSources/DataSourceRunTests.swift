import Foundation
import LeadlineCore
import LeadlineEngine
import LeadlineStore
import LeadlineTestSupport
import Testing

@Suite struct DataSourceRunTests {
    @Test(arguments: Engine.allCases)
    func aScheduledDirectoryPicksTheNewestStampedFile(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            let folder = harness.files.sourcesDirectory
            try "account_id\nOLD1\n".write(toFile: "\(folder)/leads_20261126080000.csv", atomically: true, encoding: .utf8)
            try "account_id\nNEW1\nNEW2\n".write(toFile: "\(folder)/leads_20261127070000.csv", atomically: true, encoding: .utf8)
            let input = DataSourceInput(
                name: "nightly", listId: harness.list.id, location: .directory(path: folder, pattern: "leads_$rdatetime$.csv"),
                schedule: ScheduleInput(kind: "daily", time: "06:00", timeZone: "UTC"))
            let now = Timestamp.parse("2026-11-27T05:00:00Z")!
            let next = try input.check(roots: [folder], now: now)
            #expect(next == Timestamp.parse("2026-11-27T06:00:00Z"))
            let source = try await harness.store.dataSources.create(input, tenantID: harness.tenant.id, nextRunAt: next)
            #expect(try await harness.store.dataSources.due(at: now).isEmpty)
            let runner = ProcessRunner(store: harness.store, files: harness.files, clock: { Timestamp.parse("2026-11-27T06:00:30Z")! }, logger: .init(label: "t"))
            await runner.runDue()
            #expect(try await harness.contacts().map(\.content.externalID) == ["NEW1", "NEW2"])
            let ran = try #require(try await harness.store.dataSources.find(id: source.id, tenantID: harness.tenant.id))
            #expect(ran.lastRunAt == Timestamp.parse("2026-11-27T06:00:30Z") && ran.nextRunAt == Timestamp.parse("2026-11-28T06:00:00Z"))
            #expect(FileManager.default.fileExists(atPath: "\(folder)/leads_20261127070000.csv"), "a source's file is not removed")
        }
    }

    @Test(arguments: Engine.allCases)
    func aGlobImportsEachFileAsItsOwnProcessAndRefusesOversizedOnes(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            let folder = harness.files.sourcesDirectory
            try "account_id\nA1\n".write(toFile: "\(folder)/part-a.csv", atomically: true, encoding: .utf8)
            try "account_id\nB1\nB2\n".write(toFile: "\(folder)/part-b.csv", atomically: true, encoding: .utf8)
            try ("account_id\n" + String(repeating: "C\n", count: 100)).write(toFile: "\(folder)/part-c.csv", atomically: true, encoding: .utf8)
            let source = try await harness.store.dataSources.create(
                DataSourceInput(name: "parts", listId: harness.list.id, location: .file(path: "\(folder)/part-*.csv"),
                                schedule: ScheduleInput(kind: "once", at: "2030-01-01T00:00:00Z")),
                tenantID: harness.tenant.id, nextRunAt: nil)
            let run = DataSourceRun(store: harness.store, files: harness.files, sizeLimit: 100)
            let started = try await run.start(source, at: Date())
            #expect(started.map(\.fileName) == ["part-a.csv", "part-b.csv"])
            await harness.runner.runDue()
            let processes = try await harness.store.processes.list(tenantID: harness.tenant.id, listID: nil, page: PageRequest()).items
            #expect(processes.map(\.state) == [.failed, .finished, .finished] && processes[0].details.contains("over the data-source limit"))
            #expect(processes[1].counts.inserted == 2 && processes[2].counts.inserted == 1)
        }
    }

    @Test(arguments: Engine.allCases)
    func aScheduledExportWritesIntoItsFolder(engine: Engine) async throws {
        try await ImportHarness.with(engine) { harness in
            _ = try await harness.importText("account_id,first_name\nA1,Ann\nA2,=Bob\n")
            let folder = harness.files.sourcesDirectory + "/out"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let input = DataSourceInput(
                name: "nightly export", listId: harness.list.id, location: .directory(path: folder, pattern: "*"),
                export: ExportSettings(separator: ";", fields: ["external_id", "first_name"]), schedule: ScheduleInput(kind: "daily", time: "23:00", timeZone: "UTC"))
            let now = Timestamp.parse("2026-11-27T23:00:00Z")!
            _ = try input.check(roots: [harness.files.sourcesDirectory], now: now)
            let source = try await harness.store.dataSources.create(input, tenantID: harness.tenant.id, nextRunAt: now)
            let runner = ProcessRunner(store: harness.store, files: harness.files, clock: { now }, logger: .init(label: "t"))
            await runner.runDue()
            let name = "\(harness.list.id).export.20261127230000.csv"
            #expect(try String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8) == "external_id;first_name\r\nA1;Ann\r\nA2;'=Bob\r\n")
            #expect(try await harness.store.dataSources.find(id: source.id, tenantID: harness.tenant.id)?.nextRunAt == Timestamp.parse("2026-11-28T23:00:00Z"))
            let wrong = DataSourceInput(
                name: "x", listId: harness.list.id, location: .file(path: folder + "/a.csv"), export: ExportSettings(), schedule: ScheduleInput(kind: "once", at: "2030-01-01T00:00:00Z"))
            #expect(throws: ValidationFailure.self) { try wrong.check(roots: [harness.files.sourcesDirectory], now: now) }
        }
    }

    @Test func aQueryOnAnExternalPostgreSQLImportsItsRows() async throws {
        guard PostgresServer.unavailableReason == nil || PostgresServer.isRequired else { return }
        let external = try await PostgresServer.shared.createDatabase()
        let setup = try Subprocess.run(["psql", external, "-q", "-c", """
            CREATE TABLE customers (account_id text, first_name text, balance numeric, vip boolean);
            CREATE SEQUENCE tickets;
            INSERT INTO customers VALUES ('Q1', 'Quinn', 12.50, true), ('Q2', 'Rae', NULL, false);
            """])
        #expect(setup.status == 0, "\(setup.output)")
        try await ImportHarness.with(.sqlite) { harness in
            let source = try await harness.store.dataSources.create(
                DataSourceInput(name: "crm", listId: harness.list.id,
                                location: .query(url: external, sql: "SELECT account_id, first_name, balance, vip FROM customers ORDER BY 1"),
                                schedule: ScheduleInput(kind: "once", at: "2030-01-01T00:00:00Z")),
                tenantID: harness.tenant.id, nextRunAt: nil)
            _ = try await harness.runner.sources.start(source, at: Date())
            await harness.runner.runDue()
            let contacts = try await harness.contacts()
            #expect(contacts.map(\.content.externalID) == ["Q1", "Q2"])
            #expect(contacts[0].content.custom["balance"] == .decimal(12.5) && contacts[0].content.custom["vip"] == .bool(true))

            let writing = try await harness.store.dataSources.create(
                DataSourceInput(name: "sneaky", listId: harness.list.id, location: .query(url: external, sql: "SELECT nextval('tickets')::text AS account_id"),
                                schedule: ScheduleInput(kind: "once", at: "2030-01-01T00:00:00Z")),
                tenantID: harness.tenant.id, nextRunAt: nil)
            let refused = try await harness.runner.sources.start(writing, at: Date())
            #expect(refused.isEmpty)
            let sequence = try Subprocess.run(["psql", external, "-tAc", "SELECT is_called FROM tickets"])
            #expect(sequence.output.trimmingCharacters(in: .whitespacesAndNewlines) == "f", "the query runs read-only")
            let failed = try await harness.store.processes.list(tenantID: harness.tenant.id, listID: nil, page: PageRequest()).items.first
            #expect(failed?.state == .failed && failed?.details.contains("read-only") == true, "\(failed?.details ?? "")")
        }
    }
}
