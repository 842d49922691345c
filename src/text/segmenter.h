// Segmenter: sentences, tokens and clitic analyses over normalized text.
// Clitics are kept the Universal Dependencies way: a token keeps its surface
// span, and its analyses list the words it can split into (proclitics
// و ف ب ل ك س ال, enclitic pronouns).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalizer.h"

namespace marsad {

enum class TokKind : uint8_t { Word, Latin, Number, Punct };

// Proclitic flags of an analysis.
enum Proclitic : uint8_t {
  kProWa = 1, kProFa = 2, kProBi = 4, kProLi = 8, kProKa = 16, kProAl = 32, kProSa = 64,
};

struct Analysis {
  uint32_t off = 0, len = 0;  // stem bytes in Document::arena
  uint8_t pro = 0;            // Proclitic flags removed
  bool enclitic = false;      // a pronoun suffix was removed
};

struct Token {
  uint32_t nb = 0, ne = 0;   // normalized code point range
  uint32_t ob = 0, oe = 0;   // original code point span [ob, oe)
  uint32_t off = 0, len = 0; // normalized UTF-8 form in Document::arena
  uint32_t an_begin = 0, an_end = 0;  // analyses in Segmentation::analyses
  TokKind kind = TokKind::Word;
  char32_t punct = 0;        // the character, for Punct tokens
};

struct SentenceSpan {
  uint32_t tok_begin = 0, tok_end = 0;
  uint32_t ob = 0, oe = 0;   // original span
};

struct Segmentation {
  std::string arena;                 // normalized token forms and stems
  std::vector<Token> tokens;
  std::vector<Analysis> analyses;
  std::vector<SentenceSpan> sentences;

  std::string_view form(const Token& t) const { return {arena.data() + t.off, t.len}; }
  std::string_view stem(const Analysis& a) const { return {arena.data() + a.off, a.len}; }
  void clear() {
    arena.clear();
    tokens.clear();
    analyses.clear();
    sentences.clear();
  }
};

struct SegmenterLimits {
  size_t max_tokens = 2'000'000;  // per document
  size_t max_sentence_tokens = 400;  // longer runs are cut into pieces
};

// Tokenizes and splits nt (the normalized document) into sentences.
void segment(const NormalizedText& nt, Segmentation* out, const SegmenterLimits& lim = {});

// Clitic analyses of one normalized Arabic word (appends stems to arena).
// Always includes the word itself first.
// final_ta_marbuta: the word ended in ة in the original text (folded to ه by
// the Normalizer), so its ه is not a pronoun.
void analyze_clitics(std::u32string_view word, std::string* arena, std::vector<Analysis>* out,
                     bool final_ta_marbuta = false);

}  // namespace marsad
