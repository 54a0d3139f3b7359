import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTPCompression

/// Translates the errors of AsyncHTTPClient, NIO and Swift concurrency into ``FetchError``.
enum FetchErrorMapping {
    /// The ``FetchError`` for any error thrown while fetching `url`.
    static func map(_ error: any Error, url: URL) -> FetchError {
        switch error {
        case let error as FetchError:
            return error
        case let error as HTTPClientError:
            switch error {
            case .deadlineExceeded, .connectTimeout, .readTimeout, .getConnectionFromPoolTimeout:
                return FetchError(kind: .timeout, url: url, message: "\(error)")
            case .cancelled:
                return FetchError(kind: .cancelled, url: url, message: "\(error)")
            case .invalidURL, .emptyHost, .emptyScheme:
                return FetchError(kind: .invalidURL, url: url, message: "\(error)")
            default:
                return FetchError(kind: .network, url: url, message: "\(error)")
            }
        case let error as NIOHTTPDecompression.DecompressionError:
            if error == .limit {
                return FetchError(kind: .tooLarge, url: url, message: "decompressed body is over the limit")
            }
            return FetchError(kind: .network, url: url, message: "bad compressed body: \(error)")
        case is NIOHTTPDecompression.ExtraDecompressionError:
            return FetchError(kind: .network, url: url, message: "bad compressed body: \(error)")
        case is CancellationError:
            return FetchError(kind: .cancelled, url: url, message: "cancelled")
        default:
            return FetchError(kind: .network, url: url, message: "\(error)")
        }
    }
}
