import CairnTemplates
import Mustache

/// The Mustache template `cairn new` fills for one kind: the repository's
/// own `<templates>/<kind>.md` when there is one, otherwise Cairn's built-in
/// template.
///
/// Templates render as plain text: nothing is HTML-escaped, since the
/// values arrive ready for YAML (see ``ItemTemplateValues``).
public struct ItemTemplate: Sendable {
    public let kind: String
    /// The Mustache text.
    public let text: String
    public let origin: TemplateOrigin

    public init(kind: String, text: String, origin: TemplateOrigin) {
        self.kind = kind
        self.text = text
        self.origin = origin
    }

    /// The template for `kind`: `<templates>/<kind>.md` in `backlog`'s
    /// source (`templates` as `cairn.yml` says), else the built-in one, else
    /// `nil`. A repository template that exists but cannot be read as UTF-8
    /// text is an error, never passed over.
    public static func find(forKind kind: String, in backlog: Backlog) throws -> ItemTemplate? {
        let folder = backlog.configuration.templates.split(separator: "/").filter { $0 != "." }
        let path = (folder.map(String.init) + ["\(kind).md"]).joined(separator: "/")
        let origin = TemplateOrigin.repository(path: path)
        let bytes: [UInt8]?
        do {
            bytes = try backlog.source.contents(of: path)
        } catch {
            throw TemplateError(origin: origin, message: "cannot be read: \(error)")
        }
        if let bytes {
            guard case .success(let text) = TextDecoding.decode(bytes) else {
                throw TemplateError(origin: origin, message: "is not UTF-8 text")
            }
            return ItemTemplate(kind: kind, text: text, origin: origin)
        }
        return BuiltInTemplates.text(forKind: kind).map {
            ItemTemplate(kind: kind, text: $0, origin: .builtIn(kind: kind))
        }
    }

    /// The kinds Cairn ships a template for, sorted.
    public static var builtInKinds: [String] { BuiltInTemplates.kinds }

    /// The built-in template for `kind`, if Cairn ships one.
    public static func builtIn(forKind kind: String) -> ItemTemplate? {
        BuiltInTemplates.text(forKind: kind).map { ItemTemplate(kind: kind, text: $0, origin: .builtIn(kind: kind)) }
    }

    /// The template filled with `values`; a template Mustache cannot parse
    /// is a ``TemplateError`` with the line and column of the problem.
    public func render(_ values: ItemTemplateValues) throws -> String {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: Self.plainText + text)
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            let column = context.lineNumber == 1 ? context.columnNumber - Self.plainText.count : context.columnNumber
            throw TemplateError(
                origin: origin, location: SourcePosition(line: context.lineNumber, column: max(1, column)),
                message: Self.explain(error.error))
        } catch {
            throw TemplateError(origin: origin, message: "is not a valid Mustache template: \(error)")
        }
        return template.render(values.context)
    }

    /// The pragma that turns HTML escaping off; it adds no line, so the
    /// parser's line numbers stay those of the template.
    private static let plainText = "{{%CONTENT_TYPE:TEXT}}"

    private static func explain(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with a name that does not match its opening tag"
        case .unfinishedName?: return "a tag is not closed with }}"
        case .expectedSectionEnd?: return "a section is never closed; end {{#name}} with {{/name}}"
        case .invalidSetDelimiter?: return "a set-delimiter tag {{=<% %>=}} is malformed"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: return "a {{% …}} pragma is malformed"
        default: return "is not a valid Mustache template (\(error))"
        }
    }
}
