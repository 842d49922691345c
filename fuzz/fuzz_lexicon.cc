// Lexicon TSV compiler: the input (after a one-byte selector) is written as one
// lexicon file (triggers_*, actors_*, agents, cues or numbers) in a private
// temporary directory and compiled. A successful compile is saved, loaded back
// and matched over a fixed sentence and over the input itself.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "fuzz_common.h"
#include "lexicon/lexicon.h"
#include "text/normalizer.h"
#include "text/segmenter.h"

using namespace marsad;
namespace fs = std::filesystem;

namespace {
fs::path g_dir;

void cleanup() {
  std::error_code ec;
  fs::remove_all(g_dir, ec);
}

void match_all(const Lexicon& lx, const std::u32string& text) {
  NormalizedText nt = Normalizer::normalize(text);
  Segmentation seg;
  segment(nt, &seg);
  std::vector<LexMatch> fast, naive;
  for (const SentenceSpan& s : seg.sentences) {
    fast.clear();
    naive.clear();
    lx.match(seg, s.tok_begin, s.tok_end, &fast);
    lx.match_naive(seg, s.tok_begin, s.tok_end, &naive);
    for (const LexMatch& m : fast) {
      if (m.entry >= lx.entry_count() || m.tok_begin >= m.tok_end || m.tok_end > s.tok_end) std::abort();
    }
  }
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  char tmpl[] = "/tmp/marsad-fuzz-lex-XXXXXX";
  if (!mkdtemp(tmpl)) std::abort();
  g_dir = tmpl;
  std::atexit(cleanup);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > 64 * 1024) return -1;
  static const char* kNames[] = {"triggers_fuzz.tsv", "actors_fuzz.tsv", "agents.tsv", "cues.tsv",
                                 "numbers.tsv"};
  const char* name = kNames[data[0] % 5];
  std::string_view body = fuzz::as_view(data + 1, size - 1);

  std::error_code ec;
  for (auto& de : fs::directory_iterator(g_dir, ec)) fs::remove(de.path(), ec);
  {
    std::ofstream f(g_dir / name, std::ios::binary);
    f.write(body.data(), static_cast<std::streamsize>(body.size()));
  }
  std::vector<std::string> errors;
  auto r = Lexicon::compile({g_dir.string()}, &errors, (data[0] & 0x80) != 0);
  if (!r.ok()) return 0;
  const Lexicon& lx = *r.value();
  for (size_t i = 0; i < lx.pattern_count(); ++i) {
    if (lx.pattern_entry(static_cast<uint32_t>(i)) >= lx.entry_count()) std::abort();
    (void)lx.pattern_words(static_cast<uint32_t>(i));
  }
  static const std::u32string kSentence =
      U"قتلت القوات الحكومية ثلاثة مسلحين قرب مدينة درعا، وقال مسؤول إن الجيش سيرد.";
  match_all(lx, kSentence);
  match_all(lx, fuzz::as_code_points(body));

  // round trip through the binary image
  std::string img = (g_dir / "image.lex").string();
  if (lx.save(img).ok()) {
    auto l2 = Lexicon::load(img);
    if (!l2.ok() || l2.value()->entry_count() != lx.entry_count()) std::abort();
    match_all(*l2.value(), kSentence);
  }
  return 0;
}
