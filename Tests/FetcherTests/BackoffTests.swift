import ArnaTestSupport
import Fetcher
import Testing

@Suite("Backoff after failures")
struct BackoffTests {
    @Test("no failures, no delay")
    func zero() {
        var rng = SplitMix(seed: 1)
        #expect(Backoff.delay(afterFailures: 0, jitter: &rng) == .zero)
        #expect(Backoff.delay(afterFailures: -3, jitter: &rng) == .zero)
    }

    @Test("the n-th failure waits between half and all of base·2^(n−1)")
    func bounds() {
        var rng = SplitMix(seed: 42)
        for n in 1...10 {
            let full = Duration.seconds(60 * (1 << (n - 1)))
            let delay = Backoff.delay(afterFailures: n, jitter: &rng)
            #expect(delay >= full / 2 && delay <= full, "n = \(n): \(delay)")
        }
    }

    @Test("never more than the 24 h cap, even after a thousand failures")
    func cap() {
        var rng = SplitMix(seed: 7)
        for n in [17, 18, 30, 64, 1000, Int.max] {
            let delay = Backoff.delay(afterFailures: n, jitter: &rng)
            #expect(delay <= .seconds(86_400) && delay >= .seconds(43_200), "n = \(n): \(delay)")
        }
        var small = SplitMix(seed: 7)
        #expect(Backoff.delay(afterFailures: 50, base: .seconds(1), cap: .seconds(10), jitter: &small) <= .seconds(10))
    }

    @Test("below the cap, delays never shrink as failures grow, whatever the draws")
    func monotone() {
        // 60 s · 2^10 = 61 440 s is the last un-capped step before 24 h.
        for seed in UInt64(0)..<200 {
            var a = SplitMix(seed: seed)
            var b = SplitMix(seed: seed &* 31 &+ 17)
            for n in 1...10 {
                let now = Backoff.delay(afterFailures: n, jitter: &a)
                let next = Backoff.delay(afterFailures: n + 1, jitter: &b)
                #expect(now <= next, "seed \(seed), n = \(n): \(now) > \(next)")
            }
        }
    }

    @Test("the same seed gives the same delays")
    func reproducible() {
        var a = SplitMix(seed: 99)
        var b = SplitMix(seed: 99)
        let first = (1...8).map { Backoff.delay(afterFailures: $0, jitter: &a) }
        let second = (1...8).map { Backoff.delay(afterFailures: $0, jitter: &b) }
        #expect(first == second)
        #expect(Set(first).count == 8)
    }
}
