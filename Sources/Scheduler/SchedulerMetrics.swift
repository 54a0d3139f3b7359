import ArnaCore
import Foundation
import Metrics
import Refresh

/// The daemon's numbers, through swift-metrics (the process picks the backend; `arna serve`
/// exports them as Prometheus text at `/metrics`).
///
/// - `arna_fetches_total{source,outcome}`: fetches by outcome (`read`, `not_modified`, `failed`, `disabled`).
/// - `arna_fetch_failures_total{source}`: failed fetches.
/// - `arna_fetch_duration_seconds{source}`: how long each fetch took (a timer).
/// - `arna_articles{source}`: articles stored per source.
/// - `arna_last_refresh_timestamp_seconds{source}`: when the source was last fetched (Unix time).
/// - `arna_last_success_timestamp_seconds{source}`: when a fetch of it last succeeded.
/// - `arna_publications_total{feed}`: merged (`merged`) and site (`site`) feed regenerations that wrote files.
public enum SchedulerMetrics {
    /// Records one source's refresh.
    ///
    /// - Parameters:
    ///   - report: What the refresh did; skipped sources are not counted.
    ///   - at: When it happened.
    public static func record(_ report: SourceReport, at date: Date) {
        let source = ("source", report.sourceID)
        let outcome: String
        switch report.outcome {
        case .skipped: return
        case .read: outcome = "read"
        case .notModified: outcome = "not_modified"
        case .failed: outcome = "failed"
        case .disabled: outcome = "disabled"
        }
        Counter(label: "arna_fetches_total", dimensions: [source, ("outcome", outcome)]).increment()
        // Created for every source, so a healthy one shows 0 rather than nothing.
        let failures = Counter(label: "arna_fetch_failures_total", dimensions: [source])
        if report.isFailure { failures.increment() }
        Timer(label: "arna_fetch_duration_seconds", dimensions: [source], preferredDisplayUnit: .seconds)
            .recordNanoseconds(report.duration.nanoseconds)
        Gauge(label: "arna_last_refresh_timestamp_seconds", dimensions: [source]).record(date.timeIntervalSince1970)
        if !report.isFailure {
            Gauge(label: "arna_last_success_timestamp_seconds", dimensions: [source]).record(date.timeIntervalSince1970)
        }
    }

    /// Records the stored article counts.
    public static func recordArticles(_ counts: [String: Int]) {
        for (source, count) in counts {
            Gauge(label: "arna_articles", dimensions: [("source", source)]).record(count)
        }
    }

    /// Records a regeneration that wrote files (`feed`: `merged` or `site`).
    public static func recordPublication(_ feed: String) {
        Counter(label: "arna_publications_total", dimensions: [("feed", feed)]).increment()
    }
}

extension Duration {
    /// The duration in whole nanoseconds (saturating).
    var nanoseconds: Int64 {
        let parts = components
        let (high, overflow) = parts.seconds.multipliedReportingOverflow(by: 1_000_000_000)
        return overflow ? .max : high + parts.attoseconds / 1_000_000_000
    }
}
