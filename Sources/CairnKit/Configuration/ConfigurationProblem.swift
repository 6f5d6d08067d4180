/// Something wrong in `cairn.yml`; the part it concerns falls back to the default.
public struct ConfigurationProblem: Hashable, Sendable {
    public var message: String
    public var location: SourcePosition
    public var hint: String?

    public init(message: String, location: SourcePosition, hint: String? = nil) {
        self.message = message
        self.location = location
        self.hint = hint
    }
}
