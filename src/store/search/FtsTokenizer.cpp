#include "search/FtsTokenizer.h"

#include "search/Fts5Api.h"
#include "search/TextTokenizer.h"
#include "search/TokenRecording.h"

#include <sqlite3.h>

namespace ws {

namespace {

// FTS5 wants an object per table; the tokenizer has no options and no state, so one static serves all.
struct Instance
{
};
Instance sharedInstance;

int create(void*, const char**, int, Fts5Tokenizer** out)
{
    *out = reinterpret_cast<Fts5Tokenizer*>(&sharedInstance);
    return SQLITE_OK;
}

void destroy(Fts5Tokenizer*) {}

int tokenize(Fts5Tokenizer*, void* context, int flags, const char* text, int size,
             int (*token)(void*, int, const char*, int, int, int))
{
    try {
        // A story being imported was tokenized ahead by a worker (TokenRecording).
        if (flags == FTS5_TOKENIZE_DOCUMENT) {
            if (const TokenRecording* recording = TokenRecording::find(text, size))
                return recording->replay(context, token);
        }
        return TextTokenizer::tokenize(text, size, context, token);
    } catch (...) {
        // Out of memory in a std::vector or std::string: never unwind through SQLite's C frames.
        return SQLITE_NOMEM;
    }
}

} // namespace

bool FtsTokenizer::registerWith(sqlite3* db)
{
    fts5_api* api = fts5ApiOf(db);
    if (!api || api->iVersion < 2)
        return false;
    static fts5_tokenizer methods = {create, destroy, tokenize};
    return api->xCreateTokenizer(api, name, nullptr, &methods, nullptr) == SQLITE_OK;
}

} // namespace ws
