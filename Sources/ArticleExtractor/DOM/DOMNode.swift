internal import CLibXML2
import Foundation

/// A node of an ``HTMLDocument``'s tree: valid only while that document lives.
///
/// Everything read from it is copied into Swift values at once.
struct DOMNode: Hashable {
    let raw: xmlNodePtr

    init(raw: xmlNodePtr) { self.raw = raw }

    /// Whether this is an element (not text, a comment or an attribute).
    var isElement: Bool { raw.pointee.type == XML_ELEMENT_NODE }
    /// Whether this is a text or CDATA node.
    var isText: Bool { raw.pointee.type == XML_TEXT_NODE || raw.pointee.type == XML_CDATA_SECTION_NODE }

    /// The lower-case tag name (`""` for non-elements).
    var name: String {
        guard isElement, let name = raw.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// An attribute's value, or nil.
    func attribute(_ name: String) -> String? {
        guard isElement, let value = xmlGetProp(raw, name) else { return nil }
        defer { freeXMLString(value) }
        return String(cString: value)
    }

    /// Sets an attribute (libxml2 copies the value).
    func setAttribute(_ name: String, _ value: String) {
        guard isElement else { return }
        _ = xmlSetProp(raw, name, value)
    }

    /// `class` and `id` together, lower-cased, for pattern checks.
    var classAndID: String {
        ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
    }

    /// All text inside, white space collapsed and trimmed.
    var text: String { TextNormalizer.collapse(rawText) }

    /// All text inside, as it is.
    var rawText: String {
        guard let content = xmlNodeGetContent(raw) else { return "" }
        defer { freeXMLString(content) }
        return String(cString: content)
    }

    /// The text of this node's own text children only (not of child elements), collapsed.
    var ownText: String {
        TextNormalizer.collapse(children.filter(\.isText).map(\.rawText).joined(separator: " "))
    }

    /// The parent element, if any.
    var parent: DOMNode? {
        guard let parent = raw.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
        return DOMNode(raw: parent)
    }

    /// The node this one hangs from, of any kind: an attribute's element, a text's element.
    var owner: DOMNode? { raw.pointee.parent.map(DOMNode.init(raw:)) }

    /// Child nodes of every kind, in order.
    var children: [DOMNode] {
        var result: [DOMNode] = []
        var child = raw.pointee.children
        while let node = child {
            result.append(DOMNode(raw: node))
            child = node.pointee.next
        }
        return result
    }

    /// Child elements, in order.
    var elementChildren: [DOMNode] { children.filter(\.isElement) }

    /// The next sibling element, if any.
    var nextElementSibling: DOMNode? {
        var next = raw.pointee.next
        while let node = next {
            if node.pointee.type == XML_ELEMENT_NODE { return DOMNode(raw: node) }
            next = node.pointee.next
        }
        return nil
    }

    /// Every element inside (not this one), in document order.
    var descendants: [DOMNode] {
        var result: [DOMNode] = []
        func walk(_ node: DOMNode) {
            for child in node.elementChildren {
                result.append(child)
                walk(child)
            }
        }
        walk(self)
        return result
    }

    /// Whether `other` is this node or inside it.
    func contains(_ other: DOMNode) -> Bool {
        var node: xmlNodePtr? = other.raw
        while let current = node {
            if current == raw { return true }
            node = current.pointee.parent
        }
        return false
    }

    /// Ancestors from the parent up to the root element.
    var ancestors: [DOMNode] {
        var result: [DOMNode] = []
        var node = parent
        while let current = node {
            result.append(current)
            node = current.parent
        }
        return result
    }

    /// Total length of the text inside links, collapsed.
    var linkTextLength: Int {
        descendants.filter { $0.name == "a" }.reduce(0) { $0 + $1.text.count }
    }

    /// The share of the text that sits in links (0…1).
    var linkDensity: Double {
        let total = text.count
        guard total > 0 else { return 0 }
        return min(1, Double(linkTextLength) / Double(total))
    }
}
