// StoryFormMatcher: longest form first, the first entity of a form added twice, case and spacing as
// written (capitals allowed on a capitals line), and the same hits as the PhraseMatcher it replaced
// in MentionResolver on every story of the sample corpus.
#include "extract/PhraseMatcher.h"
#include "extract/StoryFormMatcher.h"
#include "extract/TextAnalysis.h"
#include "model/DataPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace ws;

class TestStoryFormMatcher : public QObject
{
    Q_OBJECT

private:
    static StoryFormMatcher::Hit at(const StoryFormMatcher& matcher, const TextAnalysis& text, int i)
    {
        return matcher.longestAt(text.text(), text.tokens(), i);
    }

private slots:
    void longestFormFirst()
    {
        StoryFormMatcher matcher;
        matcher.add(QStringLiteral("Huang"), 1);
        matcher.add(QStringLiteral("Jensen Huang"), 2);
        const TextAnalysis text(QStringLiteral("Jensen Huang said Huang would stay."));
        const StoryFormMatcher::Hit full = at(matcher, text, 0);
        QCOMPARE(full.entity, 2);
        QCOMPARE(full.end, 2);
        const StoryFormMatcher::Hit surname = at(matcher, text, 3);
        QCOMPARE(surname.entity, 1);
        QCOMPARE(surname.first, 3);
        QCOMPARE(surname.end, 4);
        QVERIFY(!at(matcher, text, 2).found());
    }

    void formAddedTwiceKeepsItsFirstEntity()
    {
        StoryFormMatcher matcher;
        matcher.add(QStringLiteral("Innotron"), 4);
        matcher.add(QStringLiteral("Innotron"), 7);
        matcher.add(QStringLiteral("Hale"), 5);
        const TextAnalysis text(QStringLiteral("Innotron and Hale"));
        QCOMPARE(at(matcher, text, 0).entity, 4);
        QCOMPARE(at(matcher, text, 2).entity, 5);
    }

    void caseAndSpacingAsWritten()
    {
        StoryFormMatcher matcher;
        matcher.add(QStringLiteral("Innotron"), 0);
        matcher.add(QStringLiteral("Lai"), 1);
        matcher.add(QStringLiteral("CoWoS-S"), 2);
        const TextAnalysis lower(QStringLiteral("innotron said"));
        QVERIFY(!at(matcher, lower, 0).found());
        const TextAnalysis spaced(QStringLiteral("Its CoWoS - S line"));
        QVERIFY(!at(matcher, spaced, 1).found());
        // A headline in capitals writes a form of four or more characters in capitals too.
        const TextAnalysis headline(QStringLiteral("INNOTRON AND LAI MEET\n\nInnotron said."));
        QCOMPARE(at(matcher, headline, 0).entity, 0);
        QVERIFY(!at(matcher, headline, 2).found());
        const TextAnalysis shouting(QStringLiteral("Then INNOTRON said so."));
        QVERIFY(!at(matcher, shouting, 1).found());
    }

    // Every capitalised word and pair of words of a text as its forms: the hits PhraseMatcher gave
    // MentionResolver (case-sensitive phrases, capitals lines relaxed) at every token.
    void samePhraseMatcherHitsOnTheSampleCorpus()
    {
        int texts = 0; // a file of several stories, read as one text
        int hits = 0;
        QDirIterator files(DataPaths::sampleDir(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const TextAnalysis text(QString::fromUtf8(file.readAll()));
            PhraseMatcher phrases(10);
            phrases.setCapsLineRelaxed(true);
            QHash<int, int> phraseEntity;
            StoryFormMatcher forms;
            for (int i = 0; i < text.size(); ++i) {
                if (!text.token(i).has(Token::Upper))
                    continue;
                for (int end = i + 1; end <= qMin(i + 2, text.size()); ++end) {
                    const QString form = text.spanText(i, end);
                    const int phrase = phrases.add(form, true);
                    if (phrase >= 0 && !phraseEntity.contains(phrase))
                        phraseEntity.insert(phrase, i);
                    forms.add(form, i);
                }
            }
            for (int i = 0; i < text.size(); ++i) {
                const PhraseMatcher::Hit expected = phrases.longestAt(text.text(), text.tokens(), i);
                const StoryFormMatcher::Hit actual = at(forms, text, i);
                QCOMPARE(actual.found(), expected.found());
                if (!expected.found())
                    continue;
                QCOMPARE(actual.entity, phraseEntity.value(expected.phrase));
                QCOMPARE(actual.end, expected.end);
                ++hits;
            }
            ++texts;
        }
        QVERIFY(texts > 0);
        QVERIFY(hits > 1000);
    }
};

QTEST_GUILESS_MAIN(TestStoryFormMatcher)
#include "TestStoryFormMatcher.moc"
