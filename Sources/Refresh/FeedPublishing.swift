import ArnaCore
import Foundation

/// Writes the merged feeds; the refresh calls it only when something changed.
public protocol FeedPublishing: Sendable {
    /// Writes the merged river (and its per-language views) in every format.
    ///
    /// - Parameters:
    ///   - river: The merged articles, newest first, each story once.
    ///   - updatedAt: The refresh's instant (used only when the river is empty).
    /// - Returns: The files written and the files left as they were (identical bytes).
    func publish(river: [Article], updatedAt: Date) throws -> (written: [String], unchanged: [String])

    /// Whether every output file exists (a missing one forces a regeneration).
    func outputsExist() -> Bool
}
