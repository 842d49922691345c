#include "text/numbers.h"

#include <string_view>

namespace marsad {
namespace {

bool parse_digits(std::string_view s, int64_t* v) {
  int64_t x = 0;
  bool any = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (x > 1'000'000'000'000LL) return false;
      x = x * 10 + (c - '0');
      any = true;
    } else if (c == ',') {
      continue;  // thousands separator
    } else if (c == '.') {
      break;  // decimals: keep the integer part
    } else {
      return false;
    }
  }
  *v = x;
  return any;
}

}  // namespace

std::vector<NumberExpr> find_numbers(const Segmentation& seg, uint32_t b, uint32_t e,
                                     const std::vector<NumberWord>& words) {
  std::vector<NumberExpr> out;
  size_t wi = 0;
  uint32_t k = b;
  while (k < e) {
    while (wi < words.size() && words[wi].tok_begin < k) ++wi;
    const Token& t = seg.tokens[k];
    int64_t v = 0;
    if (t.kind == TokKind::Number && parse_digits(seg.form(t), &v)) {
      NumberExpr n{k, k + 1, v, false};
      // "3 آلاف", "2 مليون"
      if (wi < words.size() && words[wi].tok_begin == k + 1 && words[wi].kind == 3) {
        n.value = v * words[wi].value;
        n.tok_end = words[wi].tok_end;
      }
      out.push_back(n);
      k = n.tok_end;
      continue;
    }
    if (wi < words.size() && words[wi].tok_begin == k) {
      NumberExpr n{k, words[wi].tok_end, 0, false};
      int64_t total = 0, cur = 0;
      size_t j = wi;
      uint32_t end = k;
      while (j < words.size() && words[j].tok_begin == end) {
        const NumberWord& w = words[j];
        if (w.kind == 4) {
          if (end != k) break;  // "عشرات" starts its own expression
          total = w.value;
          n.approx = true;
          end = w.tok_end;
          ++j;
          break;
        }
        if (w.kind == 3 && w.value < 1000) {
          // a hundred multiplies what precedes it and may itself be multiplied
          // ("ثلاث مئة", "مائة ألف" = 100,000)
          cur = (cur == 0 ? 1 : cur) * w.value;
        } else if (w.kind == 3) {
          // a thousand or a million closes its group: "ثلاثة آلاف وثمانمائة" = 3,800
          total += (cur == 0 ? 1 : cur) * w.value;
          cur = 0;
        } else {
          cur += w.value;
        }
        end = w.tok_end;
        ++j;
      }
      total += cur;
      n.value = total;
      n.tok_end = end;
      out.push_back(n);
      wi = j;
      k = end;
      continue;
    }
    ++k;
  }
  return out;
}

}  // namespace marsad
