import Foundation
import LeadlineCore

/// A tenant's campaigns and the lists each works.
public protocol CampaignRepository: Sendable {
    /// The definition must be valid and its lists and strategy the tenant's.
    func create(_ definition: CampaignDefinition, nextRunAt: Date?, tenantID: Int64) async throws -> Campaign
    func find(id: Int64, tenantID: Int64) async throws -> Campaign?
    func list(tenantID: Int64, page: PageRequest) async throws -> Page<Campaign>
    func update(id: Int64, tenantID: Int64, expectedVersion: Int?, _ definition: CampaignDefinition, nextRunAt: Date?) async throws -> Campaign
    /// Refused while a job of the campaign is active; its ended jobs and their attempts go with it.
    func delete(id: Int64, tenantID: Int64) async throws
    func assign(lists: [Int64], campaignID: Int64, tenantID: Int64) async throws -> Campaign
    /// Takes lists off the campaign; in its active job, their contacts' state ends there:
    /// leases released, retries and callbacks cleared.
    func unassign(lists: [Int64], campaignID: Int64, tenantID: Int64) async throws -> (Campaign, UnassignReport)
    /// The campaigns that work a list, by id.
    func using(listID: Int64, tenantID: Int64) async throws -> [Campaign]
    /// Enabled campaigns whose schedule is due at `now`.
    func due(at now: Date) async throws -> [Campaign]
    func setNextRun(_ date: Date?, campaignID: Int64) async throws
}

/// What unassigning lists ended in the campaign's active job.
public struct UnassignReport: Sendable, Equatable {
    public var contacts: Int
    public var leasesReleased: Int
    public var retriesCleared: Int
    public var callbacksCleared: Int

    public init(contacts: Int = 0, leasesReleased: Int = 0, retriesCleared: Int = 0, callbacksCleared: Int = 0) {
        self.contacts = contacts
        self.leasesReleased = leasesReleased
        self.retriesCleared = retriesCleared
        self.callbacksCleared = callbacksCleared
    }
}
