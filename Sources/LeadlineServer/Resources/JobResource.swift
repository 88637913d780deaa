import LeadlineCore

struct JobResource: Encodable, Sendable {
    var id: Int64
    var campaignId: Int64
    var state: JobState
    var scheduledAt: String
    var startedAt: String?
    var endedAt: String?
    var startedBy: String
    var endReason: String?
    var counters: CountersResource

    init(_ job: Job) {
        id = job.id
        campaignId = job.campaignID
        state = job.state
        scheduledAt = Timestamp.format(job.scheduledAt)
        startedAt = job.startedAt.map(Timestamp.format)
        endedAt = job.endedAt.map(Timestamp.format)
        startedBy = job.startedBy
        endReason = job.endReason
        counters = CountersResource(job.counters)
    }
}

/// A job's live counters, overall and per list.
struct CountersResource: Encodable, Sendable, Equatable {
    var total: Int
    var filteredOut: [String: Int]
    var unattempted: Int
    var inProgress: Int
    var attempted: Int
    var retries: Int
    var callbacks: Int
    var finished: Int
    var waiting: [String: Int]
    var byCompletionCode: [String: Int]
    var attempts: Int
    var lists: [ListCounters]?

    struct ListCounters: Encodable, Sendable, Equatable {
        var listId: Int64
        var counters: CountersResource
    }

    init(_ counters: JobCounters) {
        self.init(values: counters.overall)
        lists = counters.perList.keys.sorted().map { ListCounters(listId: $0, counters: CountersResource(values: counters.perList[$0] ?? [:])) }
    }

    private init(values: [String: Int]) {
        func value(_ name: String) -> Int { values[name] ?? 0 }
        func group(_ prefix: String) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: values.filter { $0.key.hasPrefix(prefix) && $0.value != 0 }.map { (String($0.key.dropFirst(prefix.count)), $0.value) })
        }
        total = value(JobCounters.total)
        filteredOut = group("filtered.")
        unattempted = value(JobCounters.unattempted)
        inProgress = value(JobCounters.inProgress)
        attempted = value(JobCounters.attempted)
        retries = value(JobCounters.retries)
        callbacks = value(JobCounters.callbacks)
        finished = value(JobCounters.finished)
        waiting = group("waiting.")
        byCompletionCode = group("code.")
        attempts = value(JobCounters.attempts)
    }
}
