import Foundation

/// Wall-clock dates that follow a `Clock`, so a test clock also drives the dates a runner stores.
///
/// The store and the feeds speak in `Date`s; the scheduler sleeps on a `Clock`. This maps one
/// onto the other from a fixed origin: the date of `clock.now` is `origin` plus the time the
/// clock has advanced since this value was made.
public struct ClockDates<C: Clock>: Sendable where C.Duration == Duration {
    /// The clock.
    public let clock: C
    private let originInstant: C.Instant
    private let originDate: Date

    /// Starts the mapping now.
    ///
    /// - Parameters:
    ///   - clock: The clock to follow.
    ///   - origin: The date of the clock's current instant (default: the real now).
    public init(clock: C, origin: Date = Date()) {
        self.clock = clock
        self.originInstant = clock.now
        self.originDate = origin
    }

    /// The date of the clock's current instant.
    public func now() -> Date { date(of: clock.now) }

    /// The date of `instant`.
    public func date(of instant: C.Instant) -> Date {
        originDate.addingTimeInterval(originInstant.duration(to: instant).timeInterval)
    }

    /// The instant of `date`.
    public func instant(of date: Date) -> C.Instant {
        let seconds = date.timeIntervalSince(originDate)
        return originInstant.advanced(by: .milliseconds(Int64((seconds * 1000).rounded(.up))))
    }
}
