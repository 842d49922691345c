// Numbers in digits (both scripts, folded by the Normalizer) and in words
// (ستة، اثني عشر، ثلاثة وعشرون، عشرات، مئات), combined into values.
#pragma once
#include <cstdint>
#include <vector>

#include "text/segmenter.h"

namespace marsad {

struct NumberWord {
  uint32_t tok_begin, tok_end;
  int64_t value;
  uint8_t kind;  // 1 unit, 2 ten, 3 mult, 4 approx (numbers.tsv)
};

struct NumberExpr {
  uint32_t tok_begin = 0, tok_end = 0;
  int64_t value = 0;
  bool approx = false;  // عشرات، مئات: ACLED's conventional reading
};

// Finds number expressions in tokens [b, e). words: the number-word matches of
// that range (non-overlapping, in order). "1,200" → 1200; "3 آلاف" → 3000;
// "ثلاثة وعشرين" → 23; "مئتين وخمسين" → 250.
std::vector<NumberExpr> find_numbers(const Segmentation& seg, uint32_t b, uint32_t e,
                                     const std::vector<NumberWord>& words);

}  // namespace marsad
