import CairnKit
import Testing

/// `cairn set`: replacing a value where it stands, or adding the key.
@Suite("ItemTextEditor setting")
struct SettingTests {
    private let fixture = EditingFixtures.commented

    @Test("a plain value is replaced and the comment after it kept")
    func plainWithComment() throws {
        let edited = try ItemTextEditor.setting("status", to: .string("done"), in: fixture)
        #expect(edited == fixture.replacingOnce("status: draft  # until", with: "status: done  # until"))
    }

    @Test("a quoted key is found by its text")
    func quotedKey() throws {
        let edited = try ItemTextEditor.setting("kind", to: .string("bug"), in: fixture)
        #expect(edited == fixture.replacingOnce("\"kind\": story", with: "\"kind\": bug"))
    }

    @Test("a single-quoted value keeps its quotes, doubling an apostrophe")
    func singleQuotes() throws {
        let edited = try ItemTextEditor.setting("title", to: .string("It's fast"), in: fixture)
        #expect(edited == fixture.replacingOnce("'Pay with Apple Pay: fast'", with: "'It''s fast'"))
    }

    @Test("a double-quoted value keeps its quotes, with escapes")
    func doubleQuotes() throws {
        let text = "---\nid: US-1\ntitle: \"Old\"\n---\n"
        #expect(
            try ItemTextEditor.setting("title", to: .string("Say \"hi\"\nthen go"), in: text)
                == "---\nid: US-1\ntitle: \"Say \\\"hi\\\"\\nthen go\"\n---\n")
        #expect(
            try ItemTextEditor.setting("title", to: .string("plain"), in: text)
                == "---\nid: US-1\ntitle: \"plain\"\n---\n")
    }

    @Test(
        "a plain value that would read as something else is quoted",
        arguments: [
            ("yes", "\"yes\""), ("No", "\"No\""), ("on", "\"on\""), ("y", "\"y\""), ("null", "\"null\""),
            ("~", "\"~\""), ("", "\"\""), ("2024", "\"2024\""), ("0.5", "\"0.5\""), ("1e3", "\"1e3\""),
            ("0x1F", "\"0x1F\""), (".inf", "\".inf\""), ("2026-03-31", "\"2026-03-31\""), ("a: b", "\"a: b\""),
            ("x #y", "\"x #y\""), ("#tag", "\"#tag\""), ("- item", "\"- item\""), ("[x]", "\"[x]\""),
            ("*star", "\"*star\""), ("&anchor", "\"&anchor\""), ("!bang", "\"!bang\""), ("|pipe", "\"|pipe\""),
            (">fold", "\">fold\""), ("'q", "\"'q\""), ("\"q", "'\"q'"), ("%p", "\"%p\""), ("@at", "\"@at\""),
            ("`tick", "\"`tick\""), (" lead", "\" lead\""), ("trail ", "\"trail \""), ("ends:", "\"ends:\""),
            ("line\nbreak", "\"line\\nbreak\""), ("tab\tin", "\"tab\\tin\""), ("bell\u{7}", "\"bell\\u0007\""),
            ("---", "\"---\""),
        ])
    func quotedWhenAmbiguous(value: String, written: String) throws {
        let text = "---\nid: US-1\nowner: x\n---\n"
        let edited = try ItemTextEditor.setting("owner", to: .string(value), in: text)
        #expect(edited == "---\nid: US-1\nowner: \(written)\n---\n")
    }

    @Test(
        "an ordinary word stays plain",
        arguments: [
            "done", "US-12", "Pay with Apple Pay", "a:b", "C#", "-dash", "x-y", "café ☕️", "50%", "a, b", "back\\slash",
        ])
    func plainWhenSafe(value: String) throws {
        let text = "---\nid: US-1\nowner: x\n---\n"
        #expect(
            try ItemTextEditor.setting("owner", to: .string(value), in: text) == "---\nid: US-1\nowner: \(value)\n---\n"
        )
    }

    @Test("a plain value is written unquoted, also over a quoted one")
    func plainOverQuoted() throws {
        let text = "---\nid: US-1\nestimate: \"5\"  # points\ndue: '2026-01-01'\n---\n"
        let edited = try ItemTextEditor.setting("estimate", to: .plain("8"), in: text)
        #expect(edited == "---\nid: US-1\nestimate: 8  # points\ndue: '2026-01-01'\n---\n")
        let dated = try ItemTextEditor.setting("due", to: .plain("2026-03-31"), in: edited)
        #expect(dated == "---\nid: US-1\nestimate: 8  # points\ndue: 2026-03-31\n---\n")
    }

    @Test("an empty value gets one, before its comment")
    func emptyValue() throws {
        let edited = try ItemTextEditor.setting("owner", to: .string("alice"), in: EditingFixtures.unusual)
        #expect(
            edited
                == EditingFixtures.unusual.replacingOnce("owner:   # nobody yet", with: "owner: alice   # nobody yet"))
        let blocky = try ItemTextEditor.setting("owner", to: .string("bob"), in: EditingFixtures.blocky)
        #expect(blocky == EditingFixtures.blocky.replacingOnce("owner:\n", with: "owner: bob\n"))
    }

    @Test("a value on the line after its key is replaced where it stands")
    func valueOnNextLine() throws {
        let edited = try ItemTextEditor.setting("title", to: .string("New"), in: EditingFixtures.unusual)
        #expect(edited == EditingFixtures.unusual.replacingOnce("  A title on its own line", with: "  New"))
    }

    @Test("a block scalar is replaced as a whole; the blank line after it stays")
    func blockScalar() throws {
        let edited = try ItemTextEditor.setting("description", to: .string("Short"), in: fixture)
        #expect(
            edited
                == fixture.replacingOnce("description: |\n  Multi-line\n    indented\n", with: "description: Short\n"))
        let folded = try ItemTextEditor.setting("summary", to: .string("One line"), in: EditingFixtures.blocky)
        #expect(
            folded
                == EditingFixtures.blocky.replacingOnce(
                    "summary: >\n  Folded text\n  over lines\n", with: "summary: One line\n"))
    }

    @Test("a multi-line flow list is replaced as a whole")
    func multiLineFlowList() throws {
        let edited = try ItemTextEditor.setting("implements", to: .string("PRD-9"), in: EditingFixtures.blocky)
        #expect(edited == EditingFixtures.blocky.replacingOnce("[\n  PRD-1,\n  PRD-2,\n]", with: "PRD-9"))
    }

    @Test("a nested mapping is replaced as a whole, flow or block")
    func nestedMapping() throws {
        let flow = try ItemTextEditor.setting("custom_thing", to: .plain("1"), in: fixture)
        #expect(flow == fixture.replacingOnce("{a: 1, b: [x, y]}", with: "1"))
        let block = try ItemTextEditor.setting("rice", to: .string("none"), in: fixture)
        #expect(block == fixture.replacingOnce("rice:\n  reach: 4000   # people\n  impact: 2\n", with: "rice: none\n"))
    }

    @Test("a block list set to a list stays a block list with its indentation")
    func blockListToList() throws {
        let edited = try ItemTextEditor.setting("depends_on", to: .list(["US-1", "yes"]), in: fixture)
        #expect(
            edited
                == fixture.replacingOnce(
                    "    -   US-9    # the API\n    -   \"US-10\"\n", with: "    -   US-1\n    -   \"yes\"\n"))
    }

    @Test("a block list set to a scalar or an empty list gives way to a value after the colon")
    func blockListToScalar() throws {
        let text = "---\nid: US-1\ntags:  # chosen\n  - a\n  # b dropped\n  - c\nowner: x\n---\n"
        #expect(
            try ItemTextEditor.setting("tags", to: .string("solo"), in: text)
                == "---\nid: US-1\ntags: solo  # chosen\nowner: x\n---\n")
        #expect(
            try ItemTextEditor.setting("tags", to: .list([]), in: text)
                == "---\nid: US-1\ntags: []  # chosen\nowner: x\n---\n")
    }

    @Test("a flow list set to a list is written in brackets, keeping the elements' quotes")
    func flowListToList() throws {
        let edited = try ItemTextEditor.setting("labels", to: .list(["web", "no"]), in: fixture)
        #expect(edited == fixture.replacingOnce("[ checkout , \"payments\" ]", with: "[web, \"no\"]"))
    }

    @Test("an absent key is added after the last key, in the file's indentation and line endings")
    func insertion() throws {
        let edited = try ItemTextEditor.setting("owner", to: .string("alice"), in: fixture)
        #expect(edited == fixture.replacingOnce("  impact: 2\n...", with: "  impact: 2\nowner: alice\n..."))
        let minimal = try ItemTextEditor.setting("title", to: .string("A: b"), in: EditingFixtures.minimal)
        #expect(minimal == "---\nid: US-1\ntitle: \"A: b\"\n---\n")
    }

    @Test("an absent key goes before trailing comments and blank lines stay after it")
    func insertionBeforeTrailingComment() throws {
        let text = "---\nid: US-1\nstatus: draft # s\n\n# end of fields\n---\nBody\n"
        #expect(
            try ItemTextEditor.setting("owner", to: .string("bo"), in: text)
                == "---\nid: US-1\nstatus: draft # s\nowner: bo\n\n# end of fields\n---\nBody\n")
    }

    @Test("an absent list follows the file's first list: block when that is a block list")
    func insertionOfList() throws {
        let block = try ItemTextEditor.setting("labels", to: .list(["a", "b"]), in: EditingFixtures.unusual)
        #expect(
            block
                == EditingFixtures.unusual.replacingOnce(
                    "due: 2026-03-31\n", with: "due: 2026-03-31\nlabels:\n- a\n- b\n"))
        let flow = try ItemTextEditor.setting("labels", to: .list(["a", "b"]), in: EditingFixtures.blocky)
        #expect(flow == EditingFixtures.blocky.replacingOnce("  the end\n", with: "  the end\nlabels: [a, b]\n"))
        let empty = try ItemTextEditor.setting("labels", to: .list([]), in: EditingFixtures.unusual)
        #expect(
            empty == EditingFixtures.unusual.replacingOnce("due: 2026-03-31\n", with: "due: 2026-03-31\nlabels: []\n"))
    }

    @Test("a key after a block that keeps its trailing lines goes after those lines")
    func insertionAfterKeepingBlock() throws {
        let text = "---\nid: US-1\nnotes: |+\n  kept\n\n---\n"
        #expect(
            try ItemTextEditor.setting("owner", to: .string("x"), in: text)
                == "---\nid: US-1\nnotes: |+\n  kept\n\nowner: x\n---\n")
    }

    @Test("empty front matter, or one of comments only, gets its first key")
    func insertionIntoEmptyFrontMatter() throws {
        #expect(
            try ItemTextEditor.setting("id", to: .string("US-1"), in: "---\n---\nBody\n")
                == "---\nid: US-1\n---\nBody\n")
        #expect(
            try ItemTextEditor.setting("id", to: .string("US-1"), in: "---\r\n# nothing yet\r\n---\r\n")
                == "---\r\n# nothing yet\r\nid: US-1\r\n---\r\n")
    }

    @Test("a key added after an explicit `? key` takes the line's indentation, not the key's column")
    func insertionAfterExplicitKey() throws {
        #expect(
            try ItemTextEditor.setting("owner", to: .string("bo"), in: "---\n? id\n: US-1\n---\n")
                == "---\n? id\n: US-1\nowner: bo\n---\n")
    }

    @Test("a key that needs quotes is quoted when added")
    func insertedKeyQuoted() throws {
        #expect(
            try ItemTextEditor.setting("a: b", to: .string("c"), in: EditingFixtures.minimal)
                == "---\nid: US-1\n\"a: b\": c\n---\n")
        #expect(
            try ItemTextEditor.setting("yes", to: .string("c"), in: EditingFixtures.minimal)
                == "---\nid: US-1\n\"yes\": c\n---\n")
    }

    @Test("CRLF files stay CRLF, for replaced and added keys alike")
    func crlf() throws {
        let text = EditingFixtures.crlf(fixture)
        #expect(
            try ItemTextEditor.setting("status", to: .string("done"), in: text)
                == EditingFixtures.crlf(fixture.replacingOnce("status: draft", with: "status: done")))
        #expect(
            try ItemTextEditor.setting("owner", to: .string("alice"), in: text)
                == EditingFixtures.crlf(fixture.replacingOnce("  impact: 2\n", with: "  impact: 2\nowner: alice\n")))
        #expect(
            try ItemTextEditor.setting("depends_on", to: .list(["US-1", "US-2"]), in: text)
                == EditingFixtures.crlf(
                    fixture.replacingOnce("US-9    # the API\n    -   \"US-10\"", with: "US-1\n    -   US-2")))
    }

    @Test("a byte order mark stays in front")
    func byteOrderMark() throws {
        let text = EditingFixtures.withByteOrderMark(EditingFixtures.blocky)
        #expect(
            try ItemTextEditor.setting("estimate", to: .plain("8"), in: text)
                == EditingFixtures.withByteOrderMark(
                    EditingFixtures.blocky.replacingOnce("estimate: 5", with: "estimate: 8")))
    }

    @Test("multi-byte characters before a value do not shift it")
    func multiByte() throws {
        let text = "---\nid: US-1\ntitle: Café ☕️ 日本 🙂\nstatus: draft\n---\n"
        #expect(
            try ItemTextEditor.setting("status", to: .string("done"), in: text)
                == "---\nid: US-1\ntitle: Café ☕️ 日本 🙂\nstatus: done\n---\n")
        #expect(
            try ItemTextEditor.setting("title", to: .string("Crème brûlée"), in: text)
                == "---\nid: US-1\ntitle: Crème brûlée\nstatus: draft\n---\n")
    }

    @Test("a tagged value is replaced with its tag")
    func taggedValue() throws {
        let text = "---\nid: US-1\nestimate: !!str 5 # odd\n---\n"
        #expect(
            try ItemTextEditor.setting("estimate", to: .plain("3"), in: text)
                == "---\nid: US-1\nestimate: 3 # odd\n---\n")
    }

    @Test("a key inside a flow or block mapping is set in place")
    func nestedKey() throws {
        let block = try ItemTextEditor.setting(path: ["rice", "reach"], to: .plain("400"), in: fixture)
        #expect(block == fixture.replacingOnce("reach: 4000   # people", with: "reach: 400   # people"))
        let flow = try ItemTextEditor.setting(path: ["custom_thing", "a"], to: .plain("2"), in: fixture)
        #expect(flow == fixture.replacingOnce("{a: 1, b:", with: "{a: 2, b:"))
        #expect(
            try ItemTextEditor.setting(path: ["x", "a"], to: .string("v"), in: "---\nx: {a, b: 1}\n---\n")
                == "---\nx: {a: v, b: 1}\n---\n")
    }

    @Test("an absent nested key is added at the mapping's end, flow or block")
    func nestedInsertion() throws {
        let block = try ItemTextEditor.setting(path: ["rice", "effort"], to: .plain("3"), in: fixture)
        #expect(block == fixture.replacingOnce("  impact: 2\n", with: "  impact: 2\n  effort: 3\n"))
        let flow = try ItemTextEditor.setting(path: ["custom_thing", "c"], to: .string("z"), in: fixture)
        #expect(flow == fixture.replacingOnce("b: [x, y]}", with: "b: [x, y], c: z}"))
        let text = "---\nid: US-1\nrice: {}\nwsjf: ~\n---\n"
        #expect(
            try ItemTextEditor.setting(path: ["rice", "reach"], to: .plain("1"), in: text)
                == "---\nid: US-1\nrice: {reach: 1}\nwsjf: ~\n---\n")
        #expect(
            try ItemTextEditor.setting(path: ["wsjf", "job_size"], to: .plain("2"), in: text)
                == "---\nid: US-1\nrice: {}\nwsjf: {job_size: 2}\n---\n")
        #expect(
            try ItemTextEditor.setting(path: ["new", "inner", "deep"], to: .string("x, y"), in: text)
                == "---\nid: US-1\nrice: {}\nwsjf: ~\nnew: {inner: {deep: \"x, y\"}}\n---\n")
    }

    @Test("setting the value a key has returns the same text")
    func sameValue() throws {
        #expect(try ItemTextEditor.setting("status", to: .string("draft"), in: fixture) == fixture)
    }
}
