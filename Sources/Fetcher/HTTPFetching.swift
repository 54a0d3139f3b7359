/// Something that fetches feeds: the real ``HTTPFetcher``, or a stand-in in a caller's tests.
public protocol HTTPFetching: Sendable {
    /// Fetches one URL.
    ///
    /// - Parameter request: The URL and the validators from the last 200.
    /// - Returns: The body, or what the server said instead (304, 410, 429/503).
    /// - Throws: ``FetchError`` for every failure.
    func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchOutcome
}
