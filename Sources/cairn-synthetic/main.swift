import CairnSynthetic
import Foundation

let usage = "usage: cairn-synthetic ITEM-COUNT DIRECTORY [SEED]  (writes DIRECTORY/backlog/…)"
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2, let count = Int(arguments[arguments.startIndex]), count > 0 else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
let directory = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
let seed = arguments.count > 2 ? UInt64(arguments[arguments.startIndex + 2]) ?? 42 : 42
do {
    try SyntheticBacklog(itemCount: count, seed: seed).write(to: directory.appendingPathComponent("backlog"))
} catch {
    FileHandle.standardError.write(Data("cairn-synthetic: \(error)\n".utf8))
    exit(2)
}
