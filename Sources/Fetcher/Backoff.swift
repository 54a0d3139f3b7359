/// How long to leave a failing source alone.
public enum Backoff {
    /// The delay before the next try after `n` consecutive failures: exponential, jittered, capped.
    ///
    /// The un-jittered delay is `base · 2^(n−1)`, capped at `cap`; the result is drawn uniformly
    /// from its upper half, so retries of many sources spread out while a delay never shrinks as
    /// failures grow (while `base · 2^n` is under the cap, every draw for `n + 1` is at least every
    /// draw for `n`).
    ///
    /// - Parameters:
    ///   - n: Consecutive failures so far; `0` or less means no delay.
    ///   - base: The delay after the first failure (60 s).
    ///   - cap: The longest delay (24 h).
    ///   - jitter: The random source; pass a seeded one in tests.
    /// - Returns: A delay in `0...cap`.
    public static func delay(
        afterFailures n: Int, base: Duration = .seconds(60), cap: Duration = .seconds(86_400),
        jitter: inout some RandomNumberGenerator
    ) -> Duration {
        guard n > 0, base > .zero, cap > .zero else { return .zero }
        let baseSeconds = seconds(of: base)
        let capSeconds = seconds(of: cap)
        let exponent = Double(min(n - 1, 62))
        let full = min(capSeconds, baseSeconds * Double.pow2(exponent))
        let drawn = full / 2 + Double.random(in: 0...(full / 2), using: &jitter)
        return .milliseconds(Int64((min(drawn, capSeconds) * 1000).rounded(.down)))
    }

    /// A duration in seconds, as a `Double`.
    static func seconds(of duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}

extension Double {
    /// `2^x` without Foundation.
    fileprivate static func pow2(_ x: Double) -> Double {
        var result = 1.0
        var left = Int(x)
        while left > 0 {
            result *= 2
            left -= 1
        }
        return result
    }
}
