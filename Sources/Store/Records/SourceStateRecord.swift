import ArnaCore
import Foundation
import GRDB

/// A `source_state` row; GRDB's record conformances live here, not on ``ArnaCore/FetchState``.
struct SourceStateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "source_state"

    var sourceID: String
    var currentURL: String?
    var etag: String?
    var lastModified: String?
    var lastSuccess: Date?
    var lastAttempt: Date?
    var consecutiveErrors: Int
    var lastError: String?
    var nextDue: Date?
    var disabledReason: String?

    enum CodingKeys: String, CodingKey {
        case sourceID = "source_id", currentURL = "current_url", etag, lastModified = "last_modified"
        case lastSuccess = "last_success", lastAttempt = "last_attempt", consecutiveErrors = "consecutive_errors"
        case lastError = "last_error", nextDue = "next_due", disabledReason = "disabled_reason"
    }

    init(_ state: FetchState) {
        sourceID = state.sourceID
        currentURL = state.currentURL?.absoluteString
        etag = state.etag
        lastModified = state.lastModified
        lastSuccess = state.lastSuccess
        lastAttempt = state.lastAttempt
        consecutiveErrors = state.consecutiveErrors
        lastError = state.lastError
        nextDue = state.nextDue
        disabledReason = state.disabledReason
    }

    var fetchState: FetchState {
        FetchState(
            sourceID: sourceID, currentURL: currentURL.flatMap { URL(string: $0) }, etag: etag, lastModified: lastModified,
            lastSuccess: lastSuccess, lastAttempt: lastAttempt, consecutiveErrors: consecutiveErrors, lastError: lastError,
            nextDue: nextDue, disabledReason: disabledReason)
    }
}
