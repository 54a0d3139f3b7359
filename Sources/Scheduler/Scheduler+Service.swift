import Foundation
import Logging
import ServiceLifecycle

extension Scheduler: Service {
    /// Runs until cancelled or a graceful shutdown: tick, sleep until the next wake, repeat.
    ///
    /// A graceful shutdown interrupts the sleep, never a refresh under way: the running tick
    /// finishes (its store transactions and file renames complete), a pending merged-feed
    /// write is done at once, and the method returns.
    public func run() async throws {
        await start()
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            await tick()
            guard let wake = nextWake else {
                try? await gracefulShutdown()
                break
            }
            let clock = dates.clock
            do {
                try await cancelWhenGracefulShutdown { try await clock.sleep(until: wake, tolerance: nil) }
            } catch {
                break
            }
        }
        await flush()
        logger.info("scheduler stopped")
    }
}
