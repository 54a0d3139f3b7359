import ArnaCore
import Foundation

/// What one refresh did with one source.
public struct SourceReport: Sendable, Hashable {
    /// How it went.
    public enum Outcome: Sendable, Hashable {
        /// Fetched and read: articles new, edited, and unchanged.
        case read(new: Int, updated: Int, unchanged: Int, bozo: Bool)
        /// The server said 304: nothing to read.
        case notModified
        /// Not due yet, or disabled in the subscription list.
        case skipped(String)
        /// Failed; the source is retried after a backoff.
        case failed(String)
        /// No longer fetched (410 Gone); the reason is kept in the store.
        case disabled(String)
    }

    /// The source's id.
    public var sourceID: String
    /// Its display name.
    public var title: String
    /// How it went.
    public var outcome: Outcome
    /// How long it took.
    public var duration: Duration

    /// Whether this counts as a failure for the exit status.
    public var isFailure: Bool {
        switch outcome {
        case .failed, .disabled: return true
        default: return false
        }
    }

    /// Whether the store changed.
    public var changedStore: Bool {
        if case .read(let new, let updated, _, _) = outcome { return new + updated > 0 }
        return false
    }

    /// One line for a terminal or a log: `tengrinews-kk  12 new, 1 updated, 30 unchanged`.
    public var line: String {
        let detail: String
        switch outcome {
        case .read(let new, let updated, let unchanged, let bozo):
            detail = "\(new) new, \(updated) updated, \(unchanged) unchanged" + (bozo ? " (feed is broken; read anyway)" : "")
        case .notModified: detail = "not modified"
        case .skipped(let why): detail = "skipped: \(why)"
        case .failed(let why): detail = "FAILED: \(why)"
        case .disabled(let why): detail = "DISABLED: \(why)"
        }
        return "\(sourceID)  \(detail)"
    }
}

/// What a whole refresh did.
public struct RefreshReport: Sendable {
    /// One report per source, in the subscription list's order.
    public var sources: [SourceReport]
    /// Output files written, and those left as they were (same bytes).
    public var written: [String]
    public var unchanged: [String]
    /// Articles removed by retention.
    public var expired: Int

    /// Sources that failed.
    public var failures: Int { sources.filter(\.isFailure).count }

    /// The closing line: `refresh: 10 sources, 2 read (25 new, 1 updated), 7 not modified, 1 failed; wrote 3 files, 6 unchanged`.
    public var summary: String {
        var read = 0, new = 0, updated = 0, notModified = 0, skipped = 0
        for report in sources {
            switch report.outcome {
            case .read(let n, let u, _, _): read += 1; new += n; updated += u
            case .notModified: notModified += 1
            case .skipped: skipped += 1
            default: break
            }
        }
        return "refresh: \(sources.count) sources, \(read) read (\(new) new, \(updated) updated), \(notModified) not modified, "
            + "\(skipped) skipped, \(failures) failed; wrote \(written.count) files, \(unchanged.count) unchanged"
    }
}
