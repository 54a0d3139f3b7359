@testable import FeedReader
import Testing

/// Entities a document declares are expanded by the repair pass, under a budget and in time
/// proportional to what they declare.
@Suite struct DeclaredEntitiesTests {
    /// A feed that references a nested entity thousands of times (within the budget) took
    /// seconds when every reference rebuilt the entities inside it (found by ReaderFuzzer).
    @Test func everyEntityIsBuiltOnceHoweverOftenItIsReferenced() throws {
        var entities = DeclaredEntities(budget: 1 << 20)
        let ten = { (name: String) in String(repeating: "&\(name);", count: 10) }
        try entities.declare(fromSubset: "<!ENTITY a \"ә\"> <!ENTITY b \"\(ten("a"))\"> <!ENTITY c \"\(ten("b"))\">")
        for _ in 0..<1_000 {
            #expect(try entities.expand("c")?.text == String(repeating: "ә", count: 100))
        }
        #expect(try entities.expand("b")?.text == String(repeating: "ә", count: 10))
        #expect(entities.builds == 3)
    }

    /// A value of many `&` without a `;` near them is read in one pass.
    @Test func bareAmpersandsInAValueAreText() throws {
        var entities = DeclaredEntities(budget: 1 << 20)
        let value = String(repeating: "&", count: 2_000) + " and no semicolon"
        try entities.declare(fromSubset: "<!ENTITY amps \"\(value)\">")
        #expect(try entities.expand("amps")?.text == value)
    }
}
