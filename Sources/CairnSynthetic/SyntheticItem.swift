/// One item of a synthetic backlog, rendered as a file the way people write
/// them: `id`, `title` and `status` first, then the other fields by name.
struct SyntheticItem {
    var prefix: String
    var number: Int
    var folder: String
    var title: String
    /// `nil` leaves the status out.
    var status: String? = "draft"
    /// Other front-matter fields with their YAML values, written in key order.
    var fields: [String: String] = [:]

    func file(body: String) -> SyntheticBacklog.File {
        var lines = ["---", "id: \(prefix)-\(number)", "title: \(title)"]
        if let status { lines.append("status: \(status)") }
        for key in fields.keys.sorted() { lines.append("\(key): \(fields[key] ?? "")") }
        lines.append("---")
        let slug = title.lowercased().split(separator: " ").joined(separator: "-")
        return SyntheticBacklog.File(
            path: "\(folder)/\(prefix)-\(number)-\(slug).md",
            content: lines.joined(separator: "\n") + "\n\n" + body + "\n")
    }
}
