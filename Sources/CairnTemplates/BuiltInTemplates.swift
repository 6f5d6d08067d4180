/// The item templates built into Cairn: the files `Templates/<kind>.md` at
/// the top of Cairn's own repository, embedded into the binary at build time
/// by the `TemplateEmbedder` plugin, so that no resource file has to travel
/// with the executable.
public enum BuiltInTemplates {
    /// The template for items of `kind` (its Mustache text), if Cairn ships one.
    public static func text(forKind kind: String) -> String? {
        texts[kind]
    }

    /// The kinds Cairn ships a template for, sorted.
    public static var kinds: [String] {
        texts.keys.sorted()
    }
}
