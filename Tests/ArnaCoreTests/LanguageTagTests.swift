import ArnaCore
import Testing

@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("ru-RU", "ru-ru"), ("kk_KZ", "kk-kz"), (" KZ ", "kk"), ("kz-KZ", "kk-kz"), ("en-us", "en-us"),
    ])
    func normalizesFeedLanguageValues(input: String, expected: String) {
        #expect(LanguageTag(rawValue: input)?.rawValue == expected)
    }

    @Test func rejectsGarbage() {
        #expect(LanguageTag(rawValue: "  ") == nil)
        #expect(LanguageTag(rawValue: "ru; en") == nil)
    }

    @Test func tellsKazakhFromRussianByLetters() {
        #expect(LanguageTag.guess(from: "Елордада жаңа мектеп ашылды, оған мыңнан астам оқушы қабылданады") == .kazakh)
        #expect(LanguageTag.guess(from: "В столице открылась новая школа на тысячу учеников") == .russian)
        // A Russian text quoting a Kazakh name stays Russian.
        #expect(LanguageTag.guess(from: "Министр посетил село Қарабұлақ и встретился с жителями района, обсудив вопросы водоснабжения и дорог") == .russian)
        #expect(LanguageTag.guess(from: "Elordada jańa mektep ashyldy, oğan myńnan astam oqýshy qabyldanady") == "kk-latn")
        #expect(LanguageTag.guess(from: "The capital opened a new school for a thousand pupils") == nil)
        #expect(LanguageTag.guess(from: "ok") == nil)
    }
}
