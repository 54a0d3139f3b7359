import Testing
@testable import TextEncodings

@Suite struct SingleByteTableTests {
    /// The generated tables agree with glibc iconv on every byte glibc defines; where glibc
    /// defines nothing the table gives U+FFFD too.
    @Test(arguments: SingleByteTable.sniffCandidates.map(\.name))
    func tableMatchesIconv(_ name: String) throws {
        let table = try #require(SingleByteTable.named(name))
        for byte in UInt8(0)...UInt8(255) {
            let viaIconv = try #require(IconvConverter.toUTF8([byte], from: CharsetAliases.iconvName(name)))
            let viaTable = table.decode([byte])
            if viaIconv.replaced > 0 {
                #expect(viaTable.utf8 == [0xEF, 0xBF, 0xBD], "byte \(byte) in \(name)")
                #expect(viaTable.undefined == 1)
            } else {
                #expect(viaTable.utf8 == viaIconv.utf8, "byte \(byte) in \(name)")
            }
        }
    }

    @Test func kazakhLettersAreWhereKZ1048AndPTCP154PutThem() {
        #expect(SingleByteTable.rk1048.decode([0xBC, 0xBA, 0x9D, 0xBE, 0xB4, 0xA2, 0xBF, 0x9E, 0xB3]).utf8 == Array("әғқңөұүһі".utf8))
        #expect(SingleByteTable.pt154.decode([0xBA, 0x83, 0x9D, 0x9C, 0xB5, 0xB1, 0x89, 0x9E, 0xB3]).utf8 == Array("әғқңөұүһі".utf8))
    }
}
