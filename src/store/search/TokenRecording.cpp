#include "search/TokenRecording.h"

#include <cstring>

namespace ws {

namespace {

// The recordings the current thread installed: a story's title and body.
thread_local const TokenRecording* installed[2] = {nullptr, nullptr};

} // namespace

TokenRecording TokenRecording::record(QByteArray utf8)
{
    TokenRecording recording;
    recording.m_text = std::move(utf8);
    auto tokens = std::make_shared<TextTokenizer::FlatTokens>();
    tokens->spans.reserve(size_t(recording.m_text.size() / 5));
    TextTokenizer::tokenizeInto(recording.m_text.constData(), int(recording.m_text.size()), *tokens);
    recording.m_tokens = std::move(tokens);
    return recording;
}

int TokenRecording::replay(void* context, TextTokenizer::Sink sink) const
{
    if (!m_tokens)
        return 0;
    const char* bytes = m_tokens->bytes.data();
    for (const TextTokenizer::FlatTokens::Span& token : m_tokens->spans) {
        if (const int rc = sink(context, 0, bytes + token.offset, token.size, token.start, token.end))
            return rc;
    }
    return 0;
}

TokenRecording::Installed::Installed(std::initializer_list<const TokenRecording*> recordings)
    : m_previous{installed[0], installed[1]}
{
    int slot = 0;
    for (const TokenRecording* recording : recordings) {
        if (slot < 2)
            installed[slot++] = recording;
    }
    while (slot < 2)
        installed[slot++] = nullptr;
}

TokenRecording::Installed::~Installed()
{
    installed[0] = m_previous[0];
    installed[1] = m_previous[1];
}

const TokenRecording* TokenRecording::find(const char* text, int size)
{
    for (const TokenRecording* recording : installed) {
        if (recording && recording->m_text.size() == size &&
            (size == 0 || std::memcmp(recording->m_text.constData(), text, size_t(size)) == 0))
            return recording;
    }
    return nullptr;
}

} // namespace ws
