// Date resolver: find_dates on every sentence of the example articles (tokens
// = normalized token forms, as the assembler passes them), and on a few
// sentences dense with time expressions.
#include <benchmark/benchmark.h>

#include "bench_common.h"
#include "time/date_resolver.h"

using namespace marsad;

namespace {
std::vector<std::vector<std::string>> article_sentences() {
  std::vector<std::vector<std::string>> out;
  const auto& p = bench::prepared();
  for (const auto& seg : p.segs) {
    for (const auto& s : seg.sentences) {
      std::vector<std::string> toks;
      for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) toks.emplace_back(seg.form(seg.tokens[t]));
      out.push_back(std::move(toks));
    }
  }
  return out;
}
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == ' ') {
      if (i > b) out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  return out;
}
}  // namespace

static void BM_FindDates_Articles(benchmark::State& state) {
  static const auto sents = article_sentences();
  const std::optional<CivilDate> pub = CivilDate{2023, 5, 16};
  size_t found = 0;
  for (auto _ : state)
    for (const auto& s : sents) found += find_dates(s, pub).size();
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(sents.size()));
  state.counters["dates/sentence"] =
      state.iterations() ? double(found) / double(state.iterations() * sents.size()) : 0;
}
BENCHMARK(BM_FindDates_Articles);

static void BM_FindDates_Dense(benchmark::State& state) {
  static const std::vector<std::vector<std::string>> sents = {
      words("وقع الهجوم يوم الثلاثاء الماضي 12 / 3 / 2019 ثم تجدد مساء امس"),
      words("في اواخر شهر رمضان من العام الماضي وفي منتصف يناير 2020"),
      words("حتى نهايه الشهر المقبل وبدايه العام القادم"),
      words("منذ 15 اذار مارس 2011 وحتى 2020 - 04 - 13"),
  };
  const std::optional<CivilDate> pub = CivilDate{2020, 4, 13};
  for (auto _ : state)
    for (const auto& s : sents) benchmark::DoNotOptimize(find_dates(s, pub));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(sents.size()));
}
BENCHMARK(BM_FindDates_Dense);

static void BM_ParseIsoDate(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(parse_iso_date("2020-04-13T10:22:00Z"));
}
BENCHMARK(BM_ParseIsoDate);
