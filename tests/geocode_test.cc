// Geocoding accuracy on our own table of place expressions
// (tests/data/geocode_cases.tsv). The numbers are printed by
// `marsad geocode --eval tests/data/geocode_cases.tsv`; this test guards
// against regressions below the levels measured when the table was written.
#include <gtest/gtest.h>

#include "eval/eval.h"
#include "test_util.h"

namespace marsad {
namespace {

TEST(Geocode, AccuracyOnOurPlaceTable) {
  auto g = testing::project_gazetteer();
  ASSERT_TRUE(g);
  if (g->size() < 5000) GTEST_SKIP() << "GeoNames cities500 is not installed (run ./marsad.sh build)";
  auto r = eval_geocode(testing::pipeline(), testing::source_dir() + "/tests/data/geocode_cases.tsv", nullptr);
  ASSERT_TRUE(r.ok()) << r.status().message();
  const GeocodeScores& s = r.value();
  ASSERT_GE(s.cases, 200);
  EXPECT_GE(double(s.country_hit) / s.cases, 0.95);
  EXPECT_GE(double(s.admin1_hit) / s.admin1_total, 0.94);
  EXPECT_GE(double(s.name_hit) / s.name_total, 0.94);
}

TEST(Geocode, SeedPlaceExpressions) {
  struct Case {
    const char* text;
    const char* name;
    const char* admin1;
    const char* precision;
  } cases[] = {
      // an unknown village falls back to the district named with it
      {"قصفت الطائرات في قرية مزيرير التابعة لقضاء الحويجة، في كركوك.", "Al-Hawija District", "Kirkuk", "district"},
      {"جرى إعادة مواقع في قاعدة القيارة جنوبي مركز نينوى.", "Qayyarah Airfield West", "Nineveh", "place"},
      {"اندلعت اشتباكات في محافظة ديالى أمس.", "Diyala", "Diyala", "province"},
      {"سقطت قذائف قرب بعقوبة.", "Baqubah", "Diyala", "place"},
  };
  for (const auto& c : cases) {
    DocResult r = testing::code_text(c.text);
    ASSERT_FALSE(r.places.empty()) << c.text;
    const LocationRef& l = r.places[0].loc;
    EXPECT_EQ(l.name, c.name) << c.text << " — " << r.places[0].why;
    EXPECT_EQ(l.admin1, c.admin1) << c.text;
    EXPECT_EQ(l.precision, c.precision) << c.text;
  }
}

TEST(Geocode, DescriptivePlacesAreNotEventLocations) {
  // the desert "bordering Syria, Jordan and Saudi Arabia" is not in them
  DocResult r = testing::code_text(
      "وأطلق العراق، خلال الشهر الجاري، عملية لتدمير أوكار داعش في الصحراء الحدودية مع سوريا، والأردن، والسعودية.");
  for (const auto& e : r.events) {
    EXPECT_NE(e.location.country, "SY");
    EXPECT_NE(e.location.country, "JO");
    EXPECT_NE(e.location.country, "SA");
  }
}

}  // namespace
}  // namespace marsad
