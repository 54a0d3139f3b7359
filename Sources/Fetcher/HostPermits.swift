/// An async semaphore keyed by host: at most `perHost` holders per host and `total` in all.
///
/// A request takes one permit for its host before it connects and gives it back when its body
/// has been read. Waiters are served first come, first served, skipping those whose host is
/// still full, so one slow host never blocks the others. A cancelled waiter leaves the queue.
actor HostPermits {
    private struct Waiter {
        let id: UInt64
        let host: String
        let continuation: CheckedContinuation<Void, any Error>
    }

    private let perHost: Int
    private let total: Int
    private var inUseByHost: [String: Int] = [:]
    private var inUse = 0
    private var waiters: [Waiter] = []
    private var nextID: UInt64 = 0

    /// Creates a semaphore.
    init(perHost: Int, total: Int) {
        self.perHost = max(1, perHost)
        self.total = max(1, total)
    }

    /// Waits for a permit for `host`.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled while waiting.
    func acquire(host: String) async throws {
        try Task.checkCancellation()
        if waiters.isEmpty, fits(host) {
            take(host)
            return
        }
        let id = nextID
        nextID += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                if Task.isCancelled {
                    continuation.resume(throwing: CancellationError())
                } else {
                    waiters.append(Waiter(id: id, host: host, continuation: continuation))
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    /// Gives back a permit taken for `host` and wakes the waiters that now fit.
    func release(host: String) {
        let count = (inUseByHost[host] ?? 1) - 1
        inUseByHost[host] = count > 0 ? count : nil
        inUse = max(0, inUse - 1)
        var index = 0
        while index < waiters.count, inUse < total {
            if fits(waiters[index].host) {
                let waiter = waiters.remove(at: index)
                take(waiter.host)
                waiter.continuation.resume()
            } else {
                index += 1
            }
        }
    }

    /// Permits held now, for `host` or in all (for tests and diagnostics).
    func held(host: String? = nil) -> Int {
        host.map { inUseByHost[$0] ?? 0 } ?? inUse
    }

    private func fits(_ host: String) -> Bool {
        inUse < total && (inUseByHost[host] ?? 0) < perHost
    }

    private func take(_ host: String) {
        inUseByHost[host, default: 0] += 1
        inUse += 1
    }

    private func cancelWaiter(_ id: UInt64) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
