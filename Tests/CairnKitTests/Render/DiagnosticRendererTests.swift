import CairnKit
import Foundation
import Testing

/// Exact output of the text, JSON and GitHub renderers over hand-built diagnostics.
@Suite("Diagnostic renderers")
struct DiagnosticRendererTests {
    static let storyPath = "backlog/stories/US-1-café.md"
    static let story = SourceText(
        """
        ---
        id: US-1
        title: Café ☕ at checkout
        depends_on: [US-21]
        labels:
        \t- ui
        ---
        Mentions 😀 [[EP-404]].

        """)
    static let sources = SourceLookup([storyPath: story])

    static let dangling = Diagnostic(
        file: storyPath, location: SourcePosition(line: 8, column: 15), severity: .error, rule: "dangling-reference",
        message: "US-1 mentions EP-404, which is not an item of the backlog", hint: "did you mean EP-4?",
        notes: [
            DiagnosticNote(
                file: "backlog/epics/EP-4-x.md", location: SourcePosition(line: 2, column: 5),
                message: "EP-4 is defined here")
        ])
    static let tab = Diagnostic(
        file: storyPath, location: SourcePosition(line: 6, column: 2), severity: .warning, rule: "front-matter-syntax",
        message: "tabs are not allowed")
    static let titleNote = Diagnostic(
        file: storyPath, location: SourcePosition(line: 3, column: 18), severity: .note, rule: "style",
        message: "a cup, in a title")

    @Test("text: caret under a multi-byte position, hint and notes")
    func textMultiByte() {
        // "Mentions 😀 " is 15 bytes but 11 characters before "[[".
        let output = TextDiagnosticRenderer().render(Self.dangling, sources: Self.sources)
        #expect(
            output == """
                backlog/stories/US-1-café.md:8:15: error: US-1 mentions EP-404, which is not an item of the backlog [dangling-reference]
                Mentions 😀 [[EP-404]].
                           ^
                  hint: did you mean EP-4?
                backlog/epics/EP-4-x.md:2:5: note: EP-4 is defined here

                """)
    }

    @Test("text: control characters from the backlog are escaped, never printed")
    func textControlCharacters() {
        let path = "backlog/stories/US-2-x.md"
        let source = SourceText("---\nkind: \"\u{1B}[2J\"\n---\n")
        let diagnostic = Diagnostic(
            file: path, location: SourcePosition(line: 2, column: 13), severity: .error, rule: "invalid-value",
            message: "kind \"x\n::error file=README.md::injected\" is not a kind")
        let text = TextDiagnosticRenderer().render(diagnostic, sources: SourceLookup([path: source]))
        let expected = [
            #"backlog/stories/US-2-x.md:2:13: error: kind "x\u{A}::error file=README.md::injected" is not a kind [invalid-value]"#,
            #"kind: "\u{1B}[2J""#,
            String(repeating: " ", count: 17) + "^",
            "",
        ]
        #expect(text == expected.joined(separator: "\n"))
    }

    @Test("text: tabs before the column stay tabs")
    func textTabs() {
        let output = TextDiagnosticRenderer().render(Self.tab, sources: Self.sources)
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false)[2] == "\t^")
        #expect(
            TextDiagnosticRenderer.caretIndent(for: 18, in: "title: Café ☕ at checkout")
                == String(repeating: " ", count: 14))
    }

    @Test("text: whole report with summary; a file without text shows no source line")
    func textReport() {
        let unreadable = Diagnostic(
            file: "backlog/bin.md", location: SourcePosition(line: 1, column: 3), severity: .error,
            rule: "invalid-encoding",
            message: "not UTF-8")
        let diagnostics = [unreadable, Self.tab]
        let summary = DiagnosticSummary(diagnostics: diagnostics, files: 14, items: 11)
        let output = TextDiagnosticRenderer().render(diagnostics, sources: Self.sources, summary: summary)
        #expect(
            output == """
                backlog/bin.md:1:3: error: not UTF-8 [invalid-encoding]

                backlog/stories/US-1-café.md:6:2: warning: tabs are not allowed [front-matter-syntax]
                \t- ui
                \t^

                1 error, 1 warning in 14 files (11 items)

                """)
    }

    @Test("text: colour wraps each part in ANSI sequences")
    func textColour() {
        let output = TextDiagnosticRenderer(colour: true).render(Self.tab, sources: Self.sources)
        let escape = "\u{1B}["
        #expect(
            output == """
                \(escape)1mbacklog/stories/US-1-café.md:6:2:\(escape)0m \(escape)1;35mwarning:\(escape)0m \
                \(escape)1mtabs are not allowed\(escape)0m \(escape)2m[front-matter-syntax]\(escape)0m
                \t- ui
                \t\(escape)1;32m^\(escape)0m

                """)
    }

    @Test(
        "summary line",
        arguments: [
            (
                DiagnosticSummary(errors: 0, warnings: 0, notes: 0, files: 14, items: 11),
                "no problems in 14 files (11 items)"
            ),
            (
                DiagnosticSummary(errors: 2, warnings: 1, notes: 0, files: 14, items: 11),
                "2 errors, 1 warning in 14 files (11 items)"
            ),
            (DiagnosticSummary(errors: 0, warnings: 0, notes: 3, files: 1, items: 1), "3 notes in 1 file (1 item)"),
            (
                DiagnosticSummary(errors: 0, warnings: 0, notes: 0, files: 0, items: 0),
                "no problems in 0 files (0 items)"
            ),
        ])
    func summary(summary: DiagnosticSummary, expected: String) {
        #expect(summary.text == expected)
    }

    @Test("JSON: exact bytes, keys sorted, hint omitted when absent")
    func json() throws {
        let diagnostics = [Self.titleNote, Self.dangling]
        let summary = DiagnosticSummary(diagnostics: diagnostics, files: 2, items: 2)
        let output = try JSONDiagnosticRenderer.render(diagnostics, summary: summary)
        #expect(
            output == """
                {"diagnostics":[\
                {"column":18,"file":"backlog/stories/US-1-café.md","line":3,"message":"a cup, in a title","notes":[],\
                "rule":"style","severity":"note"},\
                {"column":15,"file":"backlog/stories/US-1-café.md","hint":"did you mean EP-4?","line":8,\
                "message":"US-1 mentions EP-404, which is not an item of the backlog",\
                "notes":[{"column":5,"file":"backlog/epics/EP-4-x.md","line":2,"message":"EP-4 is defined here"}],\
                "rule":"dangling-reference","severity":"error"}],\
                "schemaVersion":1,\
                "summary":{"errors":1,"files":2,"items":2,"notes":1,"warnings":0}}

                """)
    }

    @Test("GitHub: one command per diagnostic, severities mapped, UTF-16 columns")
    func github() {
        let diagnostics = [Self.titleNote, Self.tab, Self.dangling]
        let summary = DiagnosticSummary(diagnostics: diagnostics, files: 2, items: 2)
        let output = GitHubAnnotationRenderer.render(diagnostics, sources: Self.sources, summary: summary)
        #expect(
            output == """
                ::notice file=backlog/stories/US-1-café.md,line=3,col=15,title=style::a cup, in a title
                ::warning file=backlog/stories/US-1-café.md,line=6,col=2,title=front-matter-syntax::tabs are not allowed
                ::error file=backlog/stories/US-1-café.md,line=8,col=13,title=dangling-reference::US-1 mentions EP-404, \
                which is not an item of the backlog%0Ahint: did you mean EP-4?%0Anote: backlog/epics/EP-4-x.md:2:5: EP-4 is defined here
                1 error, 1 warning, 1 note in 2 files (2 items)

                """)
    }

    @Test("GitHub: escaping of data and properties")
    func githubEscaping() {
        #expect(GitHubAnnotationRenderer.escapeData("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b")
        #expect(GitHubAnnotationRenderer.escapeProperty("a:b,c%\n") == "a%3Ab%2Cc%25%0A")
        let diagnostic = Diagnostic(
            file: "backlog/a,b:c.md", location: SourcePosition(line: 1, column: 1), severity: .error, rule: "r",
            message: "50% off: yes, really")
        #expect(
            GitHubAnnotationRenderer.annotation(for: diagnostic, sources: SourceLookup())
                == "::error file=backlog/a%2Cb%3Ac.md,line=1,col=1,title=r::50%25 off: yes, really")
    }
}
