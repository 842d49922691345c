// The FTS5 tokenizer "marsad": the coder's Normalizer + segmenter + clitic
// analyses. For each word token it emits the normalized form and, when
// indexing documents, its clitic-stripped stems as colocated tokens
// (FTS5_TOKEN_COLOCATED), so بغداد finds بَغداد and وبغداد, and ١٢ finds 12.
// Queries emit the normalized form only.
#pragma once
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace marsad {

struct FtsToken {
  std::string term;
  bool colocated = false;
  int start = 0, end = 0;  // byte offsets in the input
};

// The tokens the tokenizer emits for text (for_query: no colocated stems).
std::vector<FtsToken> fts_tokenize(std::string_view text, bool for_query);

// Registers the tokenizer "marsad" on db (through the fts5_api). Returns an
// SQLite error code.
int register_fts_tokenizer(sqlite3* db, std::string* err);

}  // namespace marsad
