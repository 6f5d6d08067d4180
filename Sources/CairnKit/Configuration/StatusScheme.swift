/// The ordered statuses of a backlog and what each one means.
public struct StatusScheme: Hashable, Sendable {
    /// Every status, in workflow order.
    public var order: [String]
    /// Statuses that mean "ready to start"; this and every later status
    /// (except dropped ones) require acceptance criteria where a kind needs them.
    public var ready: Set<String>
    /// Statuses that mean the work is finished.
    public var done: Set<String>
    /// Statuses that mean the work will not happen.
    public var dropped: Set<String>

    public init(order: [String], ready: Set<String>, done: Set<String>, dropped: Set<String>) {
        self.order = order
        self.ready = ready
        self.done = done
        self.dropped = dropped
    }

    public func isDone(_ status: String?) -> Bool { status.map(done.contains) ?? false }
    public func isDropped(_ status: String?) -> Bool { status.map(dropped.contains) ?? false }

    /// Neither done nor dropped (an item without a status is open).
    public func isOpen(_ status: String?) -> Bool { !isDone(status) && !isDropped(status) }

    /// Whether `status` is a ready status or comes after the first one in
    /// `order`, and is not dropped.
    public func hasReachedReady(_ status: String?) -> Bool {
        guard let status, !dropped.contains(status), let position = order.firstIndex(of: status) else { return false }
        guard let firstReady = order.firstIndex(where: ready.contains) else { return false }
        return position >= firstReady
    }
}
