#include "text/segmenter.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace marsad {
namespace {

constexpr char32_t kWaw = 0x0648, kFa = 0x0641, kBa = 0x0628, kLam = 0x0644, kKaf = 0x0643,
                   kSin = 0x0633, kAlef = 0x0627, kYa = 0x064A, kTa = 0x062A, kNun = 0x0646,
                   kHa = 0x0647, kMim = 0x0645;

bool starts_al(std::u32string_view w) { return w.size() >= 2 && w[0] == kAlef && w[1] == kLam; }

void add(std::u32string_view stem, uint8_t pro, bool enc, std::string* arena,
         std::vector<Analysis>* out, size_t first) {
  // encode at the end of the arena, then drop it again if it is a duplicate
  const size_t off = arena->size();
  for (char32_t c : stem) append_utf8(c, arena);
  const size_t len = arena->size() - off;
  for (size_t i = first; i < out->size(); ++i) {
    const Analysis& a = (*out)[i];
    if (a.len == len && arena->compare(a.off, a.len, *arena, off, len) == 0) {
      arena->resize(off);
      return;
    }
  }
  Analysis a;
  a.off = static_cast<uint32_t>(off);
  a.len = static_cast<uint32_t>(len);
  a.pro = pro;
  a.enclitic = enc;
  out->push_back(a);
}

bool is_terminal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x061F || c == 0x061B || c == 0x2026 || c == ';';
}
bool is_closing(char32_t c) {
  return c == '"' || c == 0x00BB || c == 0x201D || c == ')' || c == 0x2019 || c == '\'' || c == ']';
}

// Words after which a line break does not end the sentence (normalized forms).
bool is_continuation(std::string_view w) {
  static const std::array<std::string_view, 34> kWords = {
      "ان", "الي", "في", "علي", "من", "عن", "و", "ثم", "او", "الذي", "التي", "الذين", "بان", "لان",
      "ب", "ل", "مع", "بين", "حيث", "بعد", "قبل", "ضد", "عند", "لدي", "منذ", "خلال", "حتي", "لكن",
      "انه", "انها", "فان", "وان", "اما", "اي"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

bool ta_marbuta_at(const NormalizedText& nt, size_t i) {
  return nt.orig && nt.src[i] < nt.orig_len && (nt.orig[nt.src[i]] == 0x0629 || nt.orig[nt.src[i]] == 0xFE93 ||
                                                nt.orig[nt.src[i]] == 0xFE94);
}

}  // namespace

void analyze_clitics(std::u32string_view w, std::string* arena, std::vector<Analysis>* out,
                     bool final_ta_marbuta) {
  const size_t first = out->size();
  add(w, 0, false, arena, out, first);
  auto is_impf_prefix = [](char32_t c) { return c == kYa || c == kTa || c == kNun || c == kAlef; };
  for (int ci = 0; ci < 3; ++ci) {
    char32_t conj = ci == 0 ? 0 : (ci == 1 ? kWaw : kFa);
    std::u32string_view r1 = w;
    uint8_t p1 = 0;
    if (conj) {
      if (r1.size() < 3 || r1[0] != conj) continue;
      r1.remove_prefix(1);
      p1 = conj == kWaw ? kProWa : kProFa;
    }
    for (int pi = 0; pi < 5; ++pi) {
      char32_t prep = pi == 0 ? 0 : (pi == 1 ? kBa : pi == 2 ? kKaf : pi == 3 ? kLam : kSin);
      std::u32string_view r2 = r1;
      uint8_t p2 = p1;
      if (prep) {
        if (r2.size() < 3 || r2[0] != prep) continue;
        r2.remove_prefix(1);
        p2 |= prep == kBa ? kProBi : prep == kKaf ? kProKa : prep == kLam ? kProLi : kProSa;
        if (prep == kSin && !is_impf_prefix(r2[0])) continue;
      }
      if (p2 != 0 && r2.size() >= 2) add(r2, p2, false, arena, out, first);
      if (prep == kLam && r2.size() >= 3 && r2[0] == kLam) {
        // لل = ل + ال with the alef elided: للقوات → ل + القوات
        std::u32string with_al;
        with_al.push_back(kAlef);
        with_al.append(r2);
        add(with_al, p2 | kProAl, false, arena, out, first);
        add(r2.substr(1), p2 | kProAl, false, arena, out, first);
        continue;
      }
      if (prep != kSin && starts_al(r2) && r2.size() >= 4)
        add(r2.substr(2), p2 | kProAl, false, arena, out, first);
    }
  }
  // Enclitic pronouns on analyses without the article. The stems of the
  // analyses above are suffixes of w (or ال + suffix for لل), so they are
  // recovered from w by length instead of decoding the arena.
  static const std::array<std::u32string_view, 8> kSuffixes = {U"هما", U"كما", U"هم", U"هن",
                                                                U"ها", U"كم", U"نا", U"ه"};
  const size_t n = out->size();
  std::u32string base;
  for (size_t i = first; i < n && out->size() < first + 16; ++i) {
    Analysis a = (*out)[i];
    if (a.pro & kProAl) continue;
    size_t cps = utf8_length(std::string_view(arena->data() + a.off, a.len));
    if (cps > w.size()) continue;
    std::u32string_view stem = w.substr(w.size() - cps);
    if (starts_al(stem)) continue;
    for (auto suf : kSuffixes) {
      if (final_ta_marbuta && suf == U"ه") continue;
      if (stem.size() >= suf.size() + 3 && stem.substr(stem.size() - suf.size()) == suf) {
        base.assign(stem.substr(0, stem.size() - suf.size()));
        add(base, a.pro, true, arena, out, first);
        // ة before a pronoun is written ت: سفارتها → سفارة
        if (base.size() >= 3 && base.back() == kTa) {
          base.back() = kHa;
          add(base, a.pro, true, arena, out, first);
        }
        // the plural's silent alef drops before a pronoun: قتلوهما → قتلوا
        if (base.size() >= 3 && base.back() == kWaw) {
          base.push_back(kAlef);
          add(base, a.pro, true, arena, out, first);
        }
        break;
      }
    }
  }
  (void)kMim;
  (void)kHa;
}

void segment(const NormalizedText& nt, Segmentation* out, const SegmenterLimits& lim) {
  out->clear();
  const std::u32string& t = nt.text;
  const size_t n = t.size();
  out->arena.reserve(n * 3);
  out->tokens.reserve(n / 4 + 8);
  // newline_before[k]: number of newlines between token k-1 and token k
  std::vector<uint8_t> nl_before;
  nl_before.reserve(n / 4 + 8);
  uint8_t pending_nl = 0;
  size_t i = 0;
  auto push = [&](size_t b, size_t e, TokKind kind) {
    if (out->tokens.size() >= lim.max_tokens) return;
    Token tok;
    tok.nb = static_cast<uint32_t>(b);
    tok.ne = static_cast<uint32_t>(e);
    auto sp = nt.original_span(b, e);
    tok.ob = sp.first;
    tok.oe = sp.second;
    // trailing harakat and tatweel belong to the word: "قُتِلَ", "أشخاصٍ"
    if (nt.orig)
      while (tok.oe < nt.orig_len && Normalizer::is_dropped(nt.orig[tok.oe]) &&
             ((nt.orig[tok.oe] >= 0x064B && nt.orig[tok.oe] <= 0x065F) || nt.orig[tok.oe] == 0x0670 ||
              nt.orig[tok.oe] == 0x0640 || (nt.orig[tok.oe] >= 0x06D6 && nt.orig[tok.oe] <= 0x06ED)))
        ++tok.oe;
    tok.kind = kind;
    tok.off = static_cast<uint32_t>(out->arena.size());
    for (size_t k = b; k < e; ++k) append_utf8(t[k], &out->arena);
    tok.len = static_cast<uint32_t>(out->arena.size() - tok.off);
    tok.an_begin = static_cast<uint32_t>(out->analyses.size());
    if (kind == TokKind::Word) {
      analyze_clitics(std::u32string_view(t).substr(b, e - b), &out->arena, &out->analyses,
                      ta_marbuta_at(nt, e - 1));
    } else if (kind == TokKind::Latin || kind == TokKind::Number) {
      Analysis a;
      a.off = tok.off;
      a.len = tok.len;
      out->analyses.push_back(a);
    } else {
      tok.punct = t[b];
    }
    tok.an_end = static_cast<uint32_t>(out->analyses.size());
    out->tokens.push_back(tok);
    nl_before.push_back(pending_nl);
    pending_nl = 0;
  };
  while (i < n) {
    char32_t c = t[i];
    if (c == '\n' || c == 0x2028 || c == 0x2029) {
      if (pending_nl < 2) ++pending_nl;
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c < 0x20) {
      ++i;
      continue;
    }
    size_t b = i;
    if (is_arabic_letter(c)) {
      while (i < n && is_arabic_letter(t[i])) ++i;
      push(b, i, TokKind::Word);
    } else if (c >= '0' && c <= '9') {
      while (i < n && ((t[i] >= '0' && t[i] <= '9') ||
                       ((t[i] == '.' || t[i] == ',') && i + 1 < n && t[i + 1] >= '0' &&
                        t[i + 1] <= '9' && i > b)))
        ++i;
      push(b, i, TokKind::Number);
    } else if (is_ascii_alnum(c)) {
      while (i < n && is_ascii_alnum(t[i])) ++i;
      push(b, i, TokKind::Latin);
    } else if (c >= 0x80 && !is_arabic_letter(c) && c != 0x060C && c != 0x061B && c != 0x061F &&
               c != 0x00AB && c != 0x00BB && c != 0x201C && c != 0x201D && c != 0x2026 &&
               c < 0x2000 && (c >= 0x00C0)) {
      // other letters (Latin-1 supplement and beyond): a word of its own script
      while (i < n && t[i] >= 0xC0 && t[i] < 0x2000 && !is_arabic_letter(t[i]) && t[i] != 0x060C &&
             t[i] != 0x061B && t[i] != 0x061F)
        ++i;
      if (i == b) ++i;
      push(b, i, TokKind::Latin);
    } else {
      ++i;
      push(b, i, TokKind::Punct);
    }
  }
  // Sentences.
  const auto& toks = out->tokens;
  const size_t nt_ = toks.size();
  size_t start = 0;
  auto close = [&](size_t end) {
    if (end <= start) return;
    for (size_t s = start; s < end; s += lim.max_sentence_tokens) {
      size_t e = std::min(end, s + lim.max_sentence_tokens);
      SentenceSpan sp;
      sp.tok_begin = static_cast<uint32_t>(s);
      sp.tok_end = static_cast<uint32_t>(e);
      sp.ob = toks[s].ob;
      sp.oe = toks[e - 1].oe;
      out->sentences.push_back(sp);
    }
    start = end;
  };
  for (size_t k = 0; k < nt_; ++k) {
    if (k > start && nl_before[k] > 0) {
      const Token& prev = toks[k - 1];
      bool cont = false;
      if (nl_before[k] < 2) {
        if (prev.kind == TokKind::Punct)
          cont = prev.punct == 0x060C || prev.punct == ',' || prev.punct == ':';
        else if (prev.kind == TokKind::Word)
          cont = is_continuation(out->form(prev));
      }
      if (!cont) close(k);
    }
    const Token& tk = toks[k];
    if (tk.kind == TokKind::Punct && is_terminal(tk.punct)) {
      // an abbreviation such as "د." (one Arabic letter) is not a sentence end
      if (tk.punct == '.' && k > start && toks[k - 1].kind == TokKind::Word &&
          toks[k - 1].ne - toks[k - 1].nb == 1 && toks[k - 1].oe == tk.ob)
        continue;
      size_t e = k + 1;
      while (e < nt_ && toks[e].kind == TokKind::Punct && nl_before[e] == 0 &&
             (is_closing(toks[e].punct) || is_terminal(toks[e].punct)))
        ++e;
      close(e);
      k = e - 1;
    }
  }
  close(nt_);
}

}  // namespace marsad
