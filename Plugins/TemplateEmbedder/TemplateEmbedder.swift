import Foundation
import PackagePlugin

/// Embeds the item templates in `Templates/*.md` at the top of the package
/// into Swift source for the target it is applied to, so that the `cairn`
/// binary carries them wherever it is copied; the Markdown files stay the
/// only copy anyone edits.
///
/// The files are the command's inputs, so editing one regenerates the
/// source; the plugin lists the folder on every build, so adding or removing
/// a template does too.
@main
struct TemplateEmbedder: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Templates", directoryHint: .isDirectory)
        let templates = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates+Contents.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(templates.count) item templates from Templates/",
                executable: try context.tool(named: "cairn-embed-templates").url,
                arguments: [output.path] + templates.map(\.path),
                inputFiles: templates,
                outputFiles: [output])
        ]
    }
}
