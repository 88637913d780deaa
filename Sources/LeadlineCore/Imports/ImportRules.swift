/// What an import does with each contact, as contact-center list tools name the choices.
public struct ImportRules: Sendable, Equatable, Codable {
    /// For contacts only in the file.
    public enum ImportRule: String, Sendable, Codable, CaseIterable {
        case doNothing = "do_nothing", append
    }

    /// For contacts only in the list.
    public enum UpdateRule: String, Sendable, Codable, CaseIterable {
        case doNothing = "do_nothing", activate, activateWithPhones = "activate_with_phones", inactivate, delete
    }

    /// For contacts in both.
    public enum MergeRule: String, Sendable, Codable, CaseIterable {
        case doNothing = "do_nothing", activate, activateWithPhones = "activate_with_phones", inactivate, delete
        /// Adds the file's numbers and emails the contact lacks and fills its empty parts.
        case append
        /// The file's record takes the contact's place: every part from the file, status remaining.
        case replace
        /// The parts the file fills are written over the contact's; the rest stay.
        case updateFields = "update_fields"
    }

    /// Which of several rows of one file with the same key is kept.
    public enum DuplicateWinner: String, Sendable, Codable, CaseIterable {
        case first, last
    }

    /// What an import does with numbers and addresses on the tenant's do-not-contact list.
    public enum BlacklistRule: String, Sendable, Codable, CaseIterable {
        case ignore
        /// Listed numbers are stored `blocked`, so no campaign dials them.
        case block
        /// A row with a listed number or address is rejected with the entry as its reason.
        case reject
    }

    public var importRule: ImportRule
    public var updateRule: UpdateRule
    public var mergeRule: MergeRule
    public var duplicates: DuplicateWinner
    /// Deletes the list's contacts that may be deleted before the file is read.
    public var emptyListFirst: Bool
    /// Only the contacts this filter selects are deleted first, in the JSON or the text form.
    public var emptyFilter: JSONValue?
    /// A contact found in another list of the tenant is updated there instead of added here.
    public var updateOtherLists: Bool
    /// A contact found in another list of the tenant is moved into this list, with the file's data.
    public var moveFromOtherLists: Bool
    /// A contact in both gets status remaining and its numbers' retry counts cleared.
    public var resetReuploaded: Bool
    public var blacklist: BlacklistRule
    /// What an empty cell does to a contact the import updates.
    public var emptyCells: EmptyCells

    /// What an empty cell of a row does to the contact it updates.
    public enum EmptyCells: String, Sendable, Codable, CaseIterable {
        /// The contact keeps the value it has: a file that lacks a value never erases it.
        case keep
        /// The part is cleared: the row is the contact as the file's columns say.
        case clear
    }

    public init(
        importRule: ImportRule = .append, updateRule: UpdateRule = .doNothing, mergeRule: MergeRule = .updateFields,
        duplicates: DuplicateWinner = .last, emptyListFirst: Bool = false, updateOtherLists: Bool = false,
        moveFromOtherLists: Bool = false, resetReuploaded: Bool = false, blacklist: BlacklistRule = .ignore, emptyCells: EmptyCells = .keep
    ) {
        self.emptyCells = emptyCells
        self.blacklist = blacklist
        self.importRule = importRule
        self.updateRule = updateRule
        self.mergeRule = mergeRule
        self.duplicates = duplicates
        self.emptyListFirst = emptyListFirst
        self.updateOtherLists = updateOtherLists
        self.moveFromOtherLists = moveFromOtherLists
        self.resetReuploaded = resetReuploaded
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case importRule, updateRule, mergeRule, duplicates, emptyListFirst, emptyFilter, updateOtherLists, moveFromOtherLists, resetReuploaded
        case blacklist, emptyCells
    }

    /// Every key optional, defaults as above; unknown keys refused.
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        try self.init(container: try decoder.container(keyedBy: CodingKeys.self))
    }

    /// The rules from a container that may hold other settings beside them, as an import's settings do.
    public init(container: KeyedDecodingContainer<CodingKeys>) throws {
        let defaults = ImportRules()
        importRule = try container.decodeIfPresent(ImportRule.self, forKey: .importRule) ?? defaults.importRule
        updateRule = try container.decodeIfPresent(UpdateRule.self, forKey: .updateRule) ?? defaults.updateRule
        mergeRule = try container.decodeIfPresent(MergeRule.self, forKey: .mergeRule) ?? defaults.mergeRule
        duplicates = try container.decodeIfPresent(DuplicateWinner.self, forKey: .duplicates) ?? defaults.duplicates
        emptyListFirst = try container.decodeIfPresent(Bool.self, forKey: .emptyListFirst) ?? false
        emptyFilter = try container.decodeIfPresent(JSONValue.self, forKey: .emptyFilter)
        updateOtherLists = try container.decodeIfPresent(Bool.self, forKey: .updateOtherLists) ?? false
        moveFromOtherLists = try container.decodeIfPresent(Bool.self, forKey: .moveFromOtherLists) ?? false
        resetReuploaded = try container.decodeIfPresent(Bool.self, forKey: .resetReuploaded) ?? false
        blacklist = try container.decodeIfPresent(BlacklistRule.self, forKey: .blacklist) ?? .ignore
        emptyCells = try container.decodeIfPresent(EmptyCells.self, forKey: .emptyCells) ?? .keep
    }

    /// Moving and updating in place are two answers to one question; a filter of what to empty
    /// first reads as a filter and comes with emptying first.
    /// `updateOtherLists` and `moveFromOtherLists` reach the other lists of the list's owner, so
    /// only the owner may use them; a tenant the list is shared with for writing may not.
    public func checkReach(listOwner: Int64, tenantID: Int64) throws(DomainError) {
        if listOwner != tenantID, updateOtherLists || moveFromOtherLists {
            throw .forbidden("updateOtherLists and moveFromOtherLists reach the other lists of the list's owner; only the owner may use them")
        }
    }

    public func check() throws(ValidationFailure) {
        if let emptyFilter {
            guard emptyListFirst else { throw ValidationFailure(field: "emptyFilter", reason: "narrows emptyListFirst; set it too") }
            do { _ = try FilterJSON.read(emptyFilter, path: "emptyFilter") } catch {
                throw ValidationFailure(error.issues.map { FieldIssue(field: $0.field == "filter" ? "emptyFilter" : $0.field, reason: $0.reason) })
            }
        }
        if updateOtherLists && moveFromOtherLists {
            throw ValidationFailure(field: "moveFromOtherLists", reason: "cannot be set with updateOtherLists: a contact found elsewhere is either updated there or moved here")
        }
    }
}
