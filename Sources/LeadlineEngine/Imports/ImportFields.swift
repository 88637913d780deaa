import LeadlineCore
import LeadlineStore

/// The fields an import adds to its list for the file's columns that fill nothing of it, typed
/// from the cells the reader read ahead.
public enum ImportFields {
    /// The fields the reader's unmapped columns would become, with the column each comes from.
    public static func proposed(by reader: ImportFileReader) -> [(column: String, field: FieldDefinition)] {
        let reading = CellReading(list: reader.list, region: reader.region.code)
        let taken = Set(reader.list.schema.map(\.name))
        return HeaderSchema.fields(for: reader.sample(of: reader.unmappedColumns), reading: reading, taken: taken)
    }

    /// Adds the proposed fields to the list and maps their columns to them; the fields added.
    /// Only the list's owner changes its schema: another tenant's import keeps the columns unmapped.
    @discardableResult
    public static func create(for reader: inout ImportFileReader, tenantID: Int64, store: Store) async throws -> [FieldDefinition] {
        let proposed = proposed(by: reader)
        guard !proposed.isEmpty, reader.list.tenantID == tenantID else { return [] }
        var list = reader.list
        for (_, field) in proposed {
            list = try await store.lists.addField(field, listID: list.id, tenantID: tenantID, expectedVersion: nil)
        }
        try adopt(proposed, in: list, by: &reader)
        return proposed.map(\.field)
    }

    /// The reader mapping each proposed column to its field of `list`, which holds them.
    static func adopt(_ proposed: [(column: String, field: FieldDefinition)], in list: ContactList, by reader: inout ImportFileReader) throws {
        try reader.adopt(list, created: Dictionary(proposed.map { ($0.column, $0.field.name) }, uniquingKeysWith: { first, _ in first }))
    }
}
