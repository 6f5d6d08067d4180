import Dispatch

/// Runs a transform over every element on all cores and keeps the order.
enum ParallelMap {
    /// `elements.map(transform)`, the elements handed out to the cores in
    /// runs of `chunkSize` so that a slow file does not hold up the rest.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], chunkSize: Int = 16, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let count = elements.count
        guard count > chunkSize else { return elements.map(transform) }
        let chunks = (count + chunkSize - 1) / chunkSize
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer: buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                    slots.buffer.initializeElement(at: index, to: transform(elements[index]))
                }
            }
            initialized = count
        }
    }

    /// The result buffer, shared by the iterations. @unchecked: each index is
    /// written by exactly one iteration and read only after all have ended.
    private struct Slots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result>
    }
}
