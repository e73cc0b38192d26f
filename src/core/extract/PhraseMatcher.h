#pragma once

#include "extract/HashSlots.h"
#include "extract/Tokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <vector>

namespace ws {

// Finds phrases (token sequences) in tokenized text: a hash of the first two tokens (or of the one
// token, or of the last) -> phrases, longest first. Matching is case-insensitive and folds
// traditional Chinese to simplified; a phrase added as case-sensitive also has to match each token's
// text exactly (except, when allowed, on a line written in capitals). Spacing must agree: "CoWoS-S"
// does not match "CoWoS - S".
class PhraseMatcher
{
public:
    struct Hit
    {
        int phrase = -1; // index of the phrase, -1 when nothing matched
        int first = 0;   // token range, end exclusive
        int end = 0;
        bool found() const { return phrase >= 0; }
    };

    // Adds a phrase and returns its index (the same text and case mode added twice gives the same
    // index, so payloads can be attached by the caller).
    enum CaseMode
    {
        AnyCase,
        ExactCase,
        Capitalised,
        NotLowercase,
        NotCapitals
    };
    int add(QStringView phrase, bool caseSensitive = false)
    {
        return add(phrase, caseSensitive ? ExactCase : AnyCase);
    }
    // Capitalised: any case, but the first letter written as a capital ("Bloomberg news", "TAIWAN
    // SEMICONDUCTOR"; not "national semiconductor investment fund"). NotLowercase: any case, but
    // the first word not written all in small letters (an acronym's case slips, "CowoS", are
    // found; "info" is a word, not InFO). NotCapitals: any case, but a word in capitals only on a
    // line in capitals ("the CHIPS Act" is a law; "CHIP STOCKS FALL" is a headline about chips).
    int add(QStringView phrase, CaseMode mode);
    int size() const { return int(m_phrases.size()); }
    int tokenCount(int phrase) const { return int(m_phrases[phrase].hashes.size()); }
    // When true, a case-sensitive phrase of 4+ characters also matches on a capitals line (wire
    // headlines: "NVIDIA TO BUY ...").
    void setCapsLineRelaxed(bool relaxed) { m_capsLineRelaxed = relaxed; }

    // A matcher for a handful of phrases (a story's own names) needs a smaller filter of first and
    // last tokens: 2^bits bits each (the default, 16, suits lexicons of a few hundred phrases; the
    // gazetteer's thousands of names take 18).
    PhraseMatcher() : PhraseMatcher(16) {}
    explicit PhraseMatcher(int filterBits);

    // The longest phrase starting at token `i` and ending at or before token `limit` (exclusive).
    // Inline: most tokens start no phrase, which the filter tells without a call.
    Hit longestAt(QStringView text, const QList<Token>& tokens, int i, int limit = -1) const
    {
        if (i < 0 || i >= tokens.size() || !mayStartAt(tokens, i))
            return {};
        return longestStartingAt(text, tokens, i, limit);
    }
    // Every phrase starting at token `i`, longest first.
    QList<Hit> allAt(QStringView text, const QList<Token>& tokens, int i, int limit = -1) const;
    // The longest phrase ending just before token `end`, starting at or after token `floor`.
    Hit longestEndingAt(QStringView text, const QList<Token>& tokens, int end, int floor = 0) const;

private:
    struct Phrase
    {
        std::vector<quint64> hashes;
        quint64 spaceBefore = 0; // bit j: a space before token j (phrases have at most 64 tokens)
        QString text;            // as added, for case-sensitive phrases
        std::vector<std::pair<int, int>> spans; // each token's start and length in `text`
        bool caseSensitive = false;
        bool capitalised = false;
        bool notLowercase = false;
        bool notCapitals = false;
        bool relaxable = false;
    };
    bool matches(const Phrase& phrase, QStringView text, const QList<Token>& tokens, int first) const;
    Hit longestStartingAt(QStringView text, const QList<Token>& tokens, int i, int limit) const;
    // A bit per slice of the top bits of last token hashes, of first tokens, and of the keys phrases
    // are listed under (first two tokens, or the one): most tokens start no phrase, and this says so
    // without a hash lookup. Then by the first two tokens, as words like "the" and "in" begin some
    // listed name.
    int slot(quint64 hash) const { return int(hash >> m_filterShift); }
    static bool test(const std::vector<quint64>& bits, int slot)
    {
        return bits[slot >> 6] & (1ull << (slot & 63));
    }
    static void set(std::vector<quint64>& bits, int slot) { bits[slot >> 6] |= 1ull << (slot & 63); }
    int keySlot(quint64 key) const { return int((key * 0x9E3779B97F4A7C15ull) >> m_filterShift); }
    bool mayStartAt(const QList<Token>& tokens, int i) const
    {
        // The first token alone first: it rules out most tokens of a story at the least cost.
        const int first = keySlot(tokens[i].hash);
        if (!test(m_firstBits, first))
            return false;
        return (i + 1 < tokens.size() &&
                test(m_pairBits, keySlot(pairKey(tokens[i].hash, tokens[i + 1].hash)))) ||
               test(m_onlyTokenBits, first);
    }
    bool mayEnd(quint64 hash) const { return test(m_lastBits, slot(hash)); }

    // A phrase as listed under its first tokens (or its last): with its length and the hash of the
    // token next to the listed one, so most candidates are ruled out without touching the phrase.
    struct Candidate
    {
        int phrase;
        int length;
        quint64 neighbour; // hash of the second token (or the second-to-last); 0 for one-token phrases
    };
    // False when the token beside the listed one (at `neighbourAt`) rules the candidate out.
    static bool neighbourAgrees(const Candidate& candidate, const QList<Token>& tokens, int neighbourAt)
    {
        return candidate.length == 1 || tokens[neighbourAt].hash == candidate.neighbour;
    }
    // Phrases of two or more tokens are listed under their first two: a common first word ("the",
    // "Taiwan") lists dozens of phrases, the pair only those that can match.
    static quint64 pairKey(quint64 first, quint64 second)
    {
        return (first ^ (second << 31 | second >> 33)) * 0x100000001b3ull;
    }
    // The phrases starting at token i, longest first, each with its neighbour agreeing.
    template <typename Visit>
    bool forEachStartingAt(const QList<Token>& tokens, int i, int limit, Visit visit) const;

    std::vector<Phrase> m_phrases;
    // Most keys list one or two phrases: kept inline, without an allocation.
    using Candidates = QVarLengthArray<Candidate, 2>;
    HashSlots<Candidates> m_byFirstTwo; // longest first
    HashSlots<Candidates> m_byOnlyToken;
    HashSlots<Candidates> m_byLast; // longest first
    QHash<QString, int> m_index;
    bool m_capsLineRelaxed = false;
    int m_filterShift;
    std::vector<quint64> m_firstBits;
    std::vector<quint64> m_pairBits;
    std::vector<quint64> m_onlyTokenBits;
    std::vector<quint64> m_lastBits;
};

} // namespace ws
