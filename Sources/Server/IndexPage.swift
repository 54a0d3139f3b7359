import ArnaCore
import Foundation

/// The human page at `/`: plain HTML, Kazakh and Russian labels, no scripts, no external files.
///
/// Lists every outlet with its last fetch, status and article count, links to every feed
/// file, and carries `<link rel="alternate">` autodiscovery tags for the current feeds, so a
/// feed reader given the site's address finds them.
public struct IndexPage: Sendable {
    /// The page title (the site's title).
    public var title: String
    /// The outlets, in subscription-list order.
    public var sources: [Source]
    /// Fetch states by source id.
    public var states: [String: FetchState]
    /// Stored articles by source id.
    public var counts: [String: Int]
    /// The files of the output folder.
    public var feeds: [String]

    /// Creates a page.
    public init(title: String, sources: [Source], states: [String: FetchState], counts: [String: Int], feeds: [String]) {
        self.title = title
        self.sources = sources
        self.states = states
        self.counts = counts
        self.feeds = feeds
    }

    /// The feeds announced for autodiscovery: current feeds (not archives), Atom first.
    public var discoverable: [String] {
        let current = feeds.filter { !$0.contains("archive") && ["atom", "rss", "json"].contains(($0 as NSString).pathExtension) }
        func rank(_ name: String) -> (Int, Int, String) {
            let base = (name as NSString).deletingPathExtension
            let kind = base == "site" ? 0 : base == "merged" ? 1 : 2
            let format = ["atom": 0, "rss": 1, "json": 2][(name as NSString).pathExtension] ?? 3
            return (kind, format, name)
        }
        return current.sorted { rank($0) < rank($1) }
    }

    /// The page's HTML.
    public func render() -> String {
        let discoverable = self.discoverable
        var html = """
            <!DOCTYPE html>
            <html lang="kk">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>

            """
        for name in discoverable {
            html += "<link rel=\"alternate\" type=\"\(mediaType(name))\" title=\"\(escape(feedTitle(name)))\" href=\"/feeds/\(escape(name))\">\n"
        }
        html += """
            <style>body{font:16px/1.4 system-ui,sans-serif;max-width:60em;margin:1em auto;padding:0 1em}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em;text-align:left}
            .ok{color:#176b1a}.err{color:#a00}.off{color:#777}</style>
            </head>
            <body>
            <h1>\(escape(title))</h1>
            <h2>Арналар / Ленты</h2>
            <ul>

            """
        for name in discoverable {
            html += "<li><a href=\"/feeds/\(escape(name))\">\(escape(feedTitle(name)))</a> <code>\(escape(name))</code></li>\n"
        }
        let announced = Set(discoverable)
        let others = feeds.filter { !announced.contains($0) }
        if !others.isEmpty {
            html += "</ul>\n<h3>Мұрағат және басқа файлдар / Архив и другие файлы</h3>\n<ul>\n"
            for name in others { html += "<li><a href=\"/feeds/\(escape(name))\">\(escape(name))</a></li>\n" }
        }
        html += """
            </ul>
            <h2>Басылымдар / Издания</h2>
            <table>
            <tr><th>Басылым / Издание</th><th>Соңғы жүктеу / Последняя загрузка</th><th>Күйі / Статус</th><th>Мақалалар / Статьи</th></tr>

            """
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        for source in sources {
            let state = states[source.id]
            let (css, status) = self.status(of: source, state)
            let last = state?.lastAttempt.map { formatter.string(from: $0) } ?? "—"
            let name = source.siteURL.map { "<a href=\"\(escape($0.absoluteString))\">\(escape(source.title))</a>" } ?? escape(source.title)
            html += "<tr id=\"\(escape(source.id))\"><td>\(name) <code>\(escape(source.id))</code></td><td>\(last)</td>"
                + "<td class=\"\(css)\">\(escape(status))</td><td>\(counts[source.id] ?? 0)</td></tr>\n"
        }
        html += """
            </table>
            <p><a href="/healthz">healthz</a> · <a href="/metrics">metrics</a></p>
            </body>
            </html>

            """
        return html
    }

    private func status(of source: Source, _ state: FetchState?) -> (String, String) {
        if !source.enabled { return ("off", "өшірулі / выключен") }
        guard let state else { return ("off", "әлі жүктелмеген / ещё не загружен") }
        if let reason = state.disabledReason { return ("err", "тоқтатылған / остановлен: \(reason)") }
        if state.consecutiveErrors > 0 {
            return ("err", "қате / ошибка ×\(state.consecutiveErrors): \(state.lastError ?? "?")")
        }
        if state.lastSuccess != nil { return ("ok", "жұмыс істеп тұр / работает") }
        return ("off", "әлі жүктелмеген / ещё не загружен")
    }

    private func feedTitle(_ name: String) -> String {
        let base = (name as NSString).deletingPathExtension
        let format = ["atom": "Atom", "rss": "RSS", "json": "JSON Feed"][(name as NSString).pathExtension] ?? name
        switch base {
        case "site": return "\(title) (\(format))"
        case "merged": return "Барлық жаңалықтар / Все новости (\(format))"
        case "merged-kk": return "Қазақша жаңалықтар / Новости на казахском (\(format))"
        case "merged-ru": return "Орысша жаңалықтар / Новости на русском (\(format))"
        default: return "\(base) (\(format))"
        }
    }

    private func mediaType(_ name: String) -> String {
        MediaTypes.contentType(forFileNamed: name).components(separatedBy: ";")[0]
    }

    /// Also `'`, so a value is safe even in a single-quoted attribute.
    private func escape(_ text: String) -> String {
        HTMLText.escape(text).replacingOccurrences(of: "'", with: "&#39;")
    }
}
