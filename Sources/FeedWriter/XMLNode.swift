import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree with line numbers, built with Foundation's `XMLParser` for validation.
///
/// `XMLParser` (libxml2 inside Foundation, not linked by this module) reports namespaces and the
/// line of every start tag, and rejects malformed XML with a line number: all the validator
/// needs. Speed does not matter here; correctness of well-formedness checks does, which a hand
/// scanner would have to re-implement.
final class XMLNode {
    let name: String
    let namespace: String
    let attributes: [String: String]
    let line: Int
    var children: [XMLNode] = []
    var text = ""
    weak var parent: XMLNode?

    init(name: String, namespace: String, attributes: [String: String], line: Int) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.line = line
    }

    func children(_ name: String, _ ns: String) -> [XMLNode] { children.filter { $0.name == name && $0.namespace == ns } }
    func child(_ name: String, _ ns: String) -> XMLNode? { children.first { $0.name == name && $0.namespace == ns } }
    var trimmedText: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// An attribute by its local name (`xml:lang` is found as `xml:lang` or `lang`).
    func attribute(_ name: String) -> String? { attributes[name] }

    /// Whether this element or an ancestor sets `xml:base`.
    var hasBase: Bool { attributes["xml:base"] != nil || attributes["base"] != nil || (parent?.hasBase ?? false) }

    /// Parses `data`; returns the root, or the parse error and its line.
    static func parse(_ data: Data) -> ParseOutcome {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let builder = Builder(parser)
        parser.delegate = builder
        let ok = parser.parse()
        if !ok || builder.root == nil {
            let code = (parser.parserError as NSError?)?.code ?? 0
            let message = "not well-formed XML: " + (Self.parseErrors[code] ?? "parser error \(code)")
            return .failed(ValidationProblem(line: max(1, builder.errorLine ?? parser.lineNumber), severity: .error, message: message))
        }
        return .parsed(builder.root!)
    }

    /// Words for the libxml2 error codes Foundation's parser reports most often.
    static let parseErrors: [Int: String] = [
        4: "the document is empty", 5: "the document ends too early (an element is not closed)",
        9: "a character XML does not allow", 23: "'<' inside an attribute value", 26: "an undeclared entity (only &amp; &lt; &gt; &quot; &apos; exist in XML)",
        38: "'<' or '&' where text was expected", 39: "an attribute without a value", 41: "an attribute without a value",
        42: "an attribute is repeated", 64: "the XML declaration is malformed", 68: "a name was expected",
        73: "'>' expected (a tag is not closed)", 76: "end tag does not match the start tag",
        77: "a tag is not finished", 201: "a namespace prefix is not declared", 5000: "the document is empty",
    ]

    enum ParseOutcome {
        case parsed(XMLNode)
        case failed(ValidationProblem)
    }

    private final class Builder: NSObject, XMLParserDelegate {
        unowned let parser: XMLParser
        var root: XMLNode?
        var stack: [XMLNode] = []
        var errorLine: Int?

        init(_ parser: XMLParser) { self.parser = parser }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = XMLNode(name: elementName, namespace: namespaceURI ?? "", attributes: attributeDict, line: parser.lineNumber)
            node.parent = stack.last
            if let top = stack.last { top.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            stack.last?.text += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            if errorLine == nil { errorLine = parser.lineNumber }
        }
    }
}
