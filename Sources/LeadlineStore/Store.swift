import Foundation
import LeadlineCore

/// Every repository of the store, over one database; the seam the server and engine depend on.
public struct Store: Sendable {
    public let database: Database
    public let tenants: any TenantRepository
    public let tokens: any TokenRepository
    public let users: any UserRepository
    public let fields: any FieldRepository
    public let lists: any ListRepository
    public let contacts: any ContactRepository
    public let processes: any ProcessRepository
    public let imports: any ImportRepository
    public let mappingTemplates: any MappingTemplateRepository
    public let dataSources: any DataSourceRepository
    public let filterTemplates: any FilterTemplateRepository
    public let deletedContacts: any DeletedContactRepository
    public let bulk: any BulkRepository
    public let blacklist: any BlacklistRepository
    public let listOperations: any ListOperationRepository
    public let completionCodes: any CompletionCodeRepository
    public let strategies: any StrategyRepository
    public let callingRules: any CallingRuleRepository
    public let campaigns: any CampaignRepository
    public let jobs: any JobRepository
    public let callbacks: any CallbackRepository
    public let gateways: any GatewayRepository
    /// Rounds in which concurrent leases and results of one job are written together.
    public let dispatchRounds = GroupCommit()

    /// - Parameter clock: the source of "now" for every time the store records; tests pass a fixed one.
    public init(database: Database, clock: @escaping @Sendable () -> Date = Date.init) {
        self.database = database
        tenants = SQLTenantRepository(database: database, clock: clock)
        tokens = SQLTokenRepository(database: database, clock: clock)
        users = SQLUserRepository(database: database, clock: clock)
        fields = SQLFieldRepository(database: database, clock: clock)
        lists = SQLListRepository(database: database, clock: clock)
        contacts = SQLContactRepository(database: database, clock: clock)
        processes = SQLProcessRepository(database: database, clock: clock)
        imports = SQLImportRepository(database: database, clock: clock)
        mappingTemplates = SQLMappingTemplateRepository(database: database, clock: clock)
        dataSources = SQLDataSourceRepository(database: database, clock: clock)
        filterTemplates = SQLFilterTemplateRepository(database: database, clock: clock)
        deletedContacts = SQLDeletedContactRepository(database: database)
        bulk = SQLBulkRepository(database: database, clock: clock)
        blacklist = SQLBlacklistRepository(database: database, clock: clock)
        listOperations = SQLListOperationRepository(database: database, clock: clock)
        completionCodes = SQLCompletionCodeRepository(database: database, clock: clock)
        strategies = SQLStrategyRepository(database: database, clock: clock)
        callingRules = SQLCallingRuleRepository(database: database, clock: clock)
        campaigns = SQLCampaignRepository(database: database, clock: clock)
        jobs = SQLJobRepository(database: database, clock: clock)
        callbacks = SQLCallbackRepository(database: database, clock: clock)
        gateways = SQLGatewayRepository(database: database, clock: clock)
    }
}
