#pragma once

#include "search/TextTokenizer.h"

#include <QByteArray>
#include <initializer_list>
#include <memory>

namespace ws {

// The tokens of one text, worked out ahead of its insert into the full-text index. The import's
// workers record each story while the writer thread is busy with the batch before; the writer then
// binds the recorded UTF-8 text and installs the recordings (TokenRecording::Installed) while it
// inserts, and the "wirescope" tokenizer replays them instead of tokenizing again on the one thread
// every import waits for. A text the tokenizer meets without a recording is tokenized as usual.
class TokenRecording
{
public:
    TokenRecording() = default;
    // Tokenizes `utf8` now (any thread).
    static TokenRecording record(QByteArray utf8);

    const QByteArray& text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // Hands the recorded tokens to `sink` as TextTokenizer::tokenize would.
    int replay(void* context, TextTokenizer::Sink sink) const;

    // Makes recordings findable by the tokenizer on this thread for the scope's life.
    class Installed
    {
    public:
        explicit Installed(std::initializer_list<const TokenRecording*> recordings);
        ~Installed();
        Installed(const Installed&) = delete;
        Installed& operator=(const Installed&) = delete;

    private:
        const TokenRecording* m_previous[2];
    };
    // The installed recording whose text is exactly these bytes, or null.
    static const TokenRecording* find(const char* text, int size);

private:
    QByteArray m_text;
    // Shared: a recording is copied on its way from the workers to the writer (QFuture results).
    std::shared_ptr<const TextTokenizer::FlatTokens> m_tokens;
};

} // namespace ws
