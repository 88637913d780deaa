/// The columns a rejected-rows file puts before the file's own: where and why each row was
/// rejected. A corrected rejects file imported again is read without them.
public enum RejectsHeader {
    public static let annotations = ["line", "column", "reason"]

    /// How many leading columns of `header` are a rejects file's annotations: 3 or 0.
    public static func annotationCount(of header: [String]) -> Int {
        header.starts(with: annotations) ? annotations.count : 0
    }
}
