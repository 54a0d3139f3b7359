import Foundation
import Scheduler
import SiteContent
import Yams

/// The daemon's own settings: where it listens and its intervals.
///
/// Read from the same `feeds/site.yaml` as ``SiteContent/SiteSettings`` (keys below, all
/// optional), then overridden by `ARNA_…` environment variables, then by `arna serve`'s flags.
///
/// | key | variable | default |
/// |---|---|---|
/// | `listen_host` | `ARNA_HOST` | `127.0.0.1` |
/// | `listen_port` | `ARNA_PORT` | `8080` |
/// | `refresh_interval` | `ARNA_REFRESH_INTERVAL` | `adaptive` |
/// | `min_interval` / `max_interval` | `ARNA_MIN_INTERVAL` / `ARNA_MAX_INTERVAL` | `10m` / `24h` |
/// | `site_interval` | `ARNA_SITE_INTERVAL` | `5m` |
/// | `content_poll` | `ARNA_CONTENT_POLL` | `10s` |
/// | `debounce` | `ARNA_DEBOUNCE` | `5s` |
/// | `jitter` | `ARNA_JITTER` | `30s` |
///
/// `ARNA_SOURCES`, `ARNA_STORE`, `ARNA_OUT` and `ARNA_CONTENT` override the site settings'
/// `sources`, `store_path`, `output_folder` and `content_folder` (see ``overrideSite(_:environment:)``).
public struct ServeSettings: Sendable, Hashable {
    /// The address to listen on.
    public var host = "127.0.0.1"
    /// The port; `0` picks a free one.
    public var port = 8080
    /// Intervals, jitter and debounce.
    public var policy = SchedulePolicy()

    /// The defaults.
    public init() {}

    /// The duration keys, their variables, and where they go.
    nonisolated(unsafe) static let durations: [(key: String, variable: String, path: WritableKeyPath<SchedulePolicy, Duration>)] = [
        ("min_interval", "ARNA_MIN_INTERVAL", \.minimumInterval),
        ("max_interval", "ARNA_MAX_INTERVAL", \.maximumInterval),
        ("site_interval", "ARNA_SITE_INTERVAL", \.siteInterval),
        ("content_poll", "ARNA_CONTENT_POLL", \.contentPoll),
        ("debounce", "ARNA_DEBOUNCE", \.debounce),
        ("jitter", "ARNA_JITTER", \.jitter),
    ]

    /// Reads the daemon's keys from the settings YAML (other keys are the site's and are ignored).
    ///
    /// - Parameter yaml: The text of `site.yaml`.
    /// - Returns: The settings, defaults filled in.
    /// - Throws: ``ServeSettingsError`` naming the key with a bad value.
    public static func decode(yaml: String) throws -> ServeSettings {
        var settings = ServeSettings()
        guard let map = try Yams.load(yaml: yaml) as? [String: Any] else { return settings }
        var values: [String: String] = [:]
        for (key, value) in map { values[key] = "\(value)" }
        try settings.apply(values, names: { key, _ in key })
        return settings
    }

    /// Applies `ARNA_…` variables.
    ///
    /// - Parameter environment: The process environment.
    /// - Throws: ``ServeSettingsError`` naming the variable with a bad value.
    public mutating func apply(environment: [String: String]) throws {
        var values: [String: String] = [:]
        for (key, variable) in [("listen_host", "ARNA_HOST"), ("listen_port", "ARNA_PORT"), ("refresh_interval", "ARNA_REFRESH_INTERVAL")]
            + Self.durations.map({ ($0.key, $0.variable) }) {
            if let value = environment[variable] { values[key] = value }
        }
        try apply(values, names: { key, _ in Self.variable(for: key) })
    }

    private static func variable(for key: String) -> String {
        switch key {
        case "listen_host": return "ARNA_HOST"
        case "listen_port": return "ARNA_PORT"
        case "refresh_interval": return "ARNA_REFRESH_INTERVAL"
        default: return durations.first { $0.key == key }?.variable ?? key
        }
    }

    private mutating func apply(_ values: [String: String], names: (String, String) -> String) throws {
        if let host = values["listen_host"] { self.host = host }
        if let text = values["listen_port"] {
            guard let port = Int(text), (0...65_535).contains(port) else {
                throw ServeSettingsError(name: names("listen_port", text), value: text, expected: "a port number 0…65535")
            }
            self.port = port
        }
        if let text = values["refresh_interval"] {
            if text.lowercased() == "adaptive" {
                policy.interval = nil
            } else if let interval = DurationText.parse(text), interval > .zero {
                policy.interval = interval
            } else {
                throw ServeSettingsError(name: names("refresh_interval", text), value: text, expected: "`adaptive` or a duration like 30m")
            }
        }
        for entry in Self.durations {
            guard let text = values[entry.key] else { continue }
            guard let duration = DurationText.parse(text) else {
                throw ServeSettingsError(name: names(entry.key, text), value: text, expected: "a duration like 90s, 10m, 1h")
            }
            policy[keyPath: entry.path] = duration
        }
    }

    /// Applies `ARNA_SOURCES`, `ARNA_STORE`, `ARNA_OUT` and `ARNA_CONTENT` to the site settings.
    public static func overrideSite(_ site: inout SiteSettings, environment: [String: String]) {
        if let value = environment["ARNA_SOURCES"] { site.sources = value }
        if let value = environment["ARNA_STORE"] { site.storePath = value }
        if let value = environment["ARNA_OUT"] { site.outputFolder = value }
        if let value = environment["ARNA_CONTENT"] { site.contentFolder = value }
    }
}

/// A daemon setting with a value that cannot be used.
public struct ServeSettingsError: Error, Sendable, CustomStringConvertible {
    /// The key or variable.
    public var name: String
    /// The value given.
    public var value: String
    /// What was expected.
    public var expected: String

    /// Creates an error.
    public init(name: String, value: String, expected: String) {
        self.name = name
        self.value = value
        self.expected = expected
    }

    /// `ARNA_PORT: "x" is not a port number 0…65535`.
    public var description: String { "\(name): \"\(value)\" is not \(expected)" }
}
