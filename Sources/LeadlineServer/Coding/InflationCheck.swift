import LeadlineCSV
import LeadlineCore

/// A compressed upload is inflated once, in constant memory and keeping nothing, so that a
/// decompression bomb is refused before any process is made for it.
struct InflationCheck {
    let maximumSize: Int
    /// The most an uploaded compressed file may inflate per compressed byte; its inflated bytes
    /// also stay under the upload limit.
    let maximumRatio: Int

    func check(_ path: String) throws {
        guard FileByteSource.isCompressed(path: path) else { return }
        do {
            _ = try FileByteSource.checkInflation(path: path, limit: InflationLimit(maximumBytes: maximumSize, maximumRatio: maximumRatio))
        } catch CSVError.inflatesBeyond {
            throw Problem(
                status: .contentTooLarge, type: "body-too-large", title: "File too large",
                detail: "the compressed file inflates past \(maximumSize / 1_000_000) MB, the upload limit (LEADLINE_UPLOAD_LIMIT)")
        } catch {
            throw Problem.invalid([FieldIssue(field: "body", reason: error.description)])
        }
    }
}
