// The generated traditional -> simplified table agrees with ICU's transliterator, character by
// character, over every range it covers; and the folders built on it (ChineseFold for extraction,
// HanFolding for the full-text index) fold as before.
#include "extract/ChineseFold.h"
#include "text/HanSimplified.h"

#include <QTest>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

using namespace ws;

class TestHanSimplified : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<icu::Transliterator> m_icu;

    UChar32 icuSimplified(UChar32 c) const
    {
        icu::UnicodeString text(c);
        m_icu->transliterate(text);
        return text.countChar32() == 1 ? text.char32At(0) : c;
    }

private slots:
    void initTestCase()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_icu.reset(icu::Transliterator::createInstance(icu::UnicodeString(u"Traditional-Simplified"),
                                                        UTRANS_FORWARD, status));
        QVERIFY2(U_SUCCESS(status) && m_icu, "ICU's Traditional-Simplified transliterator is missing");
    }

    void knownPairs()
    {
        QCOMPARE(HanSimplified::of(U'積'), U'积');
        QCOMPARE(HanSimplified::of(U'電'), U'电');
        QCOMPARE(HanSimplified::of(U'臺'), U'台');
        QCOMPARE(HanSimplified::of(U'积'), U'积'); // already simplified
        QCOMPARE(HanSimplified::of(U'A'), U'A');
        QCOMPARE(ChineseFold::fold(QStringLiteral("台積電")), QStringLiteral("台积电"));
    }

    void agreesWithIcuOnEveryIdeograph()
    {
        int differences = 0;
        int folded = 0;
        const auto check = [&](UChar32 first, UChar32 last, UChar32 step) {
            for (UChar32 c = first; c <= last; c += step) {
                const UChar32 expected = icuSimplified(c);
                folded += expected != c ? 1 : 0;
                if (HanSimplified::of(c) != expected && ++differences <= 5)
                    qWarning("U+%04X: table gives U+%04X, ICU U+%04X", unsigned(c), unsigned(HanSimplified::of(c)),
                             unsigned(expected));
            }
        };
        check(0x3400, 0x9FFF, 1);
        check(0xF900, 0xFAFF, 1);
        check(0x20000, 0x3FFFF, 7); // a sample of the supplementary planes
        QCOMPARE(differences, 0);
        QVERIFY2(folded > 2000, "the table should hold the thousands of traditional characters ICU knows");
    }

    void chineseFoldKeepsUtf16Offsets()
    {
        for (char16_t c = 0x3400; c < 0xA000; ++c)
            QVERIFY(ChineseFold::fold(c) <= 0xFFFF);
        const QString text = QStringLiteral("長鑫存儲 (CXMT) 與 台積電");
        QCOMPARE(ChineseFold::fold(text).size(), text.size());
    }
};

QTEST_APPLESS_MAIN(TestHanSimplified)
#include "TestHanSimplified.moc"
