import Testing
@testable import TextEncodings

@Suite struct CharsetSnifferTests {
    private func encode(_ text: String, _ table: SingleByteTable) -> [UInt8] {
        text.unicodeScalars.map { s in
            if s.value < 0x80 { return UInt8(s.value) }
            return UInt8(0x80 + table.scalars.firstIndex(of: UInt16(s.value))!)
        }
    }

    @Test func russianTextTiesAmongTheCP1251FamilyAndWindows1251Wins() {
        let bytes = encode("Курс тенге — «стабильный», ещё сообщает Нацбанк", .windows1251)
        #expect(CharsetSniffer.score(bytes, as: .windows1251) == CharsetSniffer.score(bytes, as: .rk1048))
        #expect(CharsetSniffer.guess(bytes).name == "windows-1251")
    }

    @Test func onlyLettersBothKazakhPagesShareGiveRK1048() {
        // қ, һ and і sit at the same bytes in KZ-1048 and PTCP154: the text is the same either way.
        let bytes = encode("Қала һәм ақ іс", .rk1048).filter { $0 != 0xBC }  // drop ә, placed differently
        #expect(SingleByteTable.rk1048.decode(bytes).utf8 == SingleByteTable.pt154.decode(bytes).utf8)
        #expect(CharsetSniffer.guess(bytes).name == "rk1048")
    }

    @Test func kazakhLettersDecideBetweenRK1048AndPT154() {
        let text = "Өңірде ұлттық бағдарлама үшін әкімдік қаражат бөлді"
        #expect(CharsetSniffer.guess(encode(text, .rk1048)).name == "rk1048")
        #expect(CharsetSniffer.guess(encode(text, .pt154)).name == "pt154")
    }

    @Test func latinTextIsNotReadAsCyrillic() {
        #expect(CharsetSniffer.guess(encode("Déjà vu à Genève, über café", .windows1252)).name == "windows-1252")
    }
}
