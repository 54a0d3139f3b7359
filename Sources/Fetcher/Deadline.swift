/// Runs work against an absolute deadline, cancelling it when the deadline passes.
enum Deadline {
    /// Runs `operation`; if it has not finished by `deadline`, cancels it and throws `timeoutError`.
    ///
    /// Unlike a request deadline that stops at the response head, this covers streaming the body too.
    static func run<T: Sendable>(
        until deadline: ContinuousClock.Instant, timeoutError: FetchError, _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else { throw timeoutError }
            return value
        }
    }
}
