#include "store/fts_tokenizer.h"

#include <sqlite3.h>

#include <algorithm>

#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace marsad {

std::vector<FtsToken> fts_tokenize(std::string_view text, bool for_query) {
  std::vector<FtsToken> out;
  std::u32string cps;
  size_t bad = 0;
  if (!decode_utf8(text, &cps, &bad)) {
    // never fail a whole query or document over a bad byte: cut there
    std::string_view good = text.substr(0, bad);
    cps.clear();
    if (!decode_utf8(good, &cps, &bad)) return out;
  }
  // byte offset of each code point (and of the end)
  std::vector<int> boff(cps.size() + 1, 0);
  {
    int b = 0;
    for (size_t i = 0; i < cps.size(); ++i) {
      boff[i] = b;
      char32_t c = cps[i];
      b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    boff[cps.size()] = b;
  }
  NormalizedText nt = Normalizer::normalize(cps);
  Segmentation seg;
  SegmenterLimits lim;
  lim.max_tokens = 50'000'000;
  segment(nt, &seg, lim);
  std::vector<std::string_view> seen;
  for (const Token& t : seg.tokens) {
    if (t.kind == TokKind::Punct || t.len == 0) continue;
    int s = boff[std::min<size_t>(t.ob, cps.size())], e = boff[std::min<size_t>(t.oe, cps.size())];
    std::string_view form = seg.form(t);
    out.push_back({std::string(form), false, s, e});
    if (for_query || t.kind != TokKind::Word) continue;
    seen.assign(1, form);
    for (uint32_t a = t.an_begin; a < t.an_end; ++a) {
      std::string_view st = seg.stem(seg.analyses[a]);
      if (st.empty() || std::find(seen.begin(), seen.end(), st) != seen.end()) continue;
      seen.push_back(st);
      out.push_back({std::string(st), true, s, e});
    }
  }
  return out;
}

namespace {

struct Tok {
  int dummy = 0;
};

int x_create(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new Tok());
  return SQLITE_OK;
}
void x_delete(Fts5Tokenizer* t) { delete reinterpret_cast<Tok*>(t); }
int x_tokenize(Fts5Tokenizer*, void* ctx, int flags, const char* text, int n,
               int (*x_token)(void*, int, const char*, int, int, int)) {
  if (n <= 0 || !text) return SQLITE_OK;
  bool query = (flags & FTS5_TOKENIZE_QUERY) != 0;
  std::vector<FtsToken> toks;
  try {
    toks = fts_tokenize(std::string_view(text, static_cast<size_t>(n)), query);
  } catch (...) {
    return SQLITE_NOMEM;
  }
  for (const auto& t : toks) {
    int rc = x_token(ctx, t.colocated ? FTS5_TOKEN_COLOCATED : 0, t.term.data(), static_cast<int>(t.term.size()),
                     t.start, t.end);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

fts5_api* get_fts5_api(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
    sqlite3_bind_pointer(st, 1, reinterpret_cast<void*>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(st);
  }
  sqlite3_finalize(st);
  return api;
}

}  // namespace

int register_fts_tokenizer(sqlite3* db, std::string* err) {
  fts5_api* api = get_fts5_api(db);
  if (!api) {
    *err = "this SQLite has no FTS5";
    return SQLITE_ERROR;
  }
  fts5_tokenizer tk{x_create, x_delete, x_tokenize};
  int rc = api->xCreateTokenizer(api, "marsad", nullptr, &tk, nullptr);
  if (rc != SQLITE_OK) *err = "cannot register the FTS5 tokenizer";
  return rc;
}

}  // namespace marsad
