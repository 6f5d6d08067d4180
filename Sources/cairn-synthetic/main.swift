import CairnSynthetic
import Foundation

let usage = """
    usage: cairn-synthetic ITEM-COUNT DIRECTORY [SEED [ERROR-RATE]]
      writes DIRECTORY/backlog/…; SEED defaults to 42, ERROR-RATE (the share of
      stories with a planted problem, 0 for a clean backlog) to 0.001
    """
let arguments = Array(CommandLine.arguments.dropFirst())
guard (2...4).contains(arguments.count), let count = Int(arguments[0]), count > 0,
    let seed = arguments.count > 2 ? UInt64(arguments[2]) : 42,
    let errorRate = arguments.count > 3 ? Double(arguments[3]) : 0.001, (0...1).contains(errorRate)
else {
    FileHandle.standardError.write(Data((usage + "\n").utf8))
    exit(2)
}
let directory = URL(fileURLWithPath: arguments[1])
do {
    try SyntheticBacklog(itemCount: count, seed: seed, errorRate: errorRate)
        .write(to: directory.appendingPathComponent("backlog"))
} catch {
    FileHandle.standardError.write(Data("cairn-synthetic: \(error)\n".utf8))
    exit(2)
}
