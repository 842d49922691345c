// Normalizer and segmenter over the example articles.
#include <benchmark/benchmark.h>

#include "bench_common.h"

using namespace marsad;

static void BM_Normalize(benchmark::State& state) {
  const auto& docs = bench::article_code_points();
  for (auto _ : state) {
    for (const auto& d : docs) {
      NormalizedText nt = Normalizer::normalize(d);
      benchmark::DoNotOptimize(nt.text.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bench::article_bytes()));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(docs.size()));
}
BENCHMARK(BM_Normalize);

static void BM_NormalizeUtf8Word(benchmark::State& state) {
  const std::string w = "والمُسْتَشْفَيَاتُ";
  for (auto _ : state) benchmark::DoNotOptimize(Normalizer::normalize_utf8(w));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NormalizeUtf8Word);

static void BM_Decode_Normalize_Segment(benchmark::State& state) {
  const auto& docs = bench::articles();
  Segmentation seg;
  size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      std::u32string cp;
      size_t bad = 0;
      decode_utf8(d.text, &cp, &bad);
      NormalizedText nt = Normalizer::normalize(cp);
      seg.clear();
      segment(nt, &seg);
      tokens += seg.tokens.size();
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bench::article_bytes()));
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Decode_Normalize_Segment);

static void BM_Segment(benchmark::State& state) {
  const auto& p = bench::prepared();
  Segmentation seg;
  size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& nt : p.nts) {
      seg.clear();
      segment(nt, &seg);
      tokens += seg.tokens.size();
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(bench::article_bytes()));
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Segment);

static void BM_AnalyzeClitics(benchmark::State& state) {
  const std::u32string words[] = {U"وبالمستشفيات", U"فسيقتلونهم", U"للحكومه", U"والجيش", U"مدينه", U"قصف"};
  std::string arena;
  std::vector<Analysis> an;
  for (auto _ : state) {
    for (const auto& w : words) {
      arena.clear();
      an.clear();
      analyze_clitics(w, &arena, &an, false);
      benchmark::DoNotOptimize(an.data());
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * 6);
}
BENCHMARK(BM_AnalyzeClitics);
