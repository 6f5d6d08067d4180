import CairnKit

/// Text with `↓` markers, split into the text without them and the position
/// (line, UTF-8 byte column) of each marker.
struct MarkedText {
    let text: String
    let markers: [SourcePosition]

    init(_ marked: String) {
        var text = ""
        var markers: [SourcePosition] = []
        var line = 1
        var column = 1
        for character in marked {
            if character == RuleExample.marker {
                markers.append(SourcePosition(line: line, column: column))
                continue
            }
            text.append(character)
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.utf8.count
            }
        }
        self.text = text
        self.markers = markers
    }
}
