import Foundation
import Refresh

/// Shows a refresh as it goes: on a terminal one live line, then a line per source; otherwise
/// plain log lines only (cron mails and journals should not get carriage returns).
final class ProgressPrinter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let live: Bool
    private var finished = 0

    init(total: Int, live: Bool) {
        self.total = total
        self.live = live
        if live { write("\r[0/\(total)] fetching…") }
    }

    func finished(_ report: SourceReport) {
        lock.lock()
        defer { lock.unlock() }
        finished += 1
        if live {
            write("\r\u{1B}[K" + report.line + "\n" + "[\(finished)/\(total)] fetching…")
        } else {
            write(report.line + "\n")
        }
    }

    func done() {
        if live { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
