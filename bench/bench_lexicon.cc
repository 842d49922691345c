// Lexicon matcher (trie) and the reference matcher, sentence by sentence over
// the example articles, with the project lexicon.
#include <benchmark/benchmark.h>

#include "bench_common.h"

using namespace marsad;

template <bool kNaive>
static void BM_LexMatch(benchmark::State& state) {
  auto lx = bench::project_lexicon();
  if (!lx) {
    state.SkipWithError("cannot compile data/lexicon");
    return;
  }
  const auto& p = bench::prepared();
  std::vector<LexMatch> out;
  size_t sentences = 0, matches = 0;
  for (auto _ : state) {
    // the reference matcher tries every pattern at every token: the first
    // article only, or one iteration would take seconds
    const size_t ndocs = kNaive ? 1 : p.segs.size();
    for (size_t d = 0; d < ndocs; ++d) {
      const Segmentation& seg = p.segs[d];
      for (const auto& s : seg.sentences) {
        out.clear();
        if (kNaive) lx->match_naive(seg, s.tok_begin, s.tok_end, &out);
        else lx->match(seg, s.tok_begin, s.tok_end, &out);
        matches += out.size();
        ++sentences;
      }
    }
  }
  state.counters["sentences/s"] = benchmark::Counter(double(sentences), benchmark::Counter::kIsRate);
  state.counters["matches/sentence"] = sentences ? double(matches) / double(sentences) : 0;
}
BENCHMARK(BM_LexMatch<false>)->Name("BM_LexMatch/trie");
BENCHMARK(BM_LexMatch<true>)->Name("BM_LexMatch/naive");

static void BM_LexiconCompile(benchmark::State& state) {
  for (auto _ : state) {
    std::vector<std::string> errs;
    auto r = Lexicon::compile({std::string(MARSAD_SOURCE_DIR) + "/data/lexicon"}, &errs);
    benchmark::DoNotOptimize(r.ok());
  }
}
BENCHMARK(BM_LexiconCompile)->Unit(benchmark::kMillisecond);

static void BM_WordId(benchmark::State& state) {
  auto lx = bench::project_lexicon();
  if (!lx) {
    state.SkipWithError("cannot compile data/lexicon");
    return;
  }
  const auto& p = bench::prepared();
  size_t n = 0;
  for (auto _ : state) {
    for (const auto& seg : p.segs)
      for (const auto& a : seg.analyses) benchmark::DoNotOptimize(lx->word_id(seg.stem(a)));
    for (const auto& seg : p.segs) n += seg.analyses.size();
  }
  state.SetItemsProcessed(int64_t(n));
}
BENCHMARK(BM_WordId);
